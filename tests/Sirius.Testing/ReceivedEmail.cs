using System.Text;
using System.Text.RegularExpressions;

namespace Sirius.Testing;

/// <summary>
/// A message received by <see cref="SmtpListener"/>: the envelope (MAIL FROM, RCPT TO), the decoded headers
/// (RFC 2047 encoded words), the text and HTML parts (quoted-printable or base64, any charset) and the raw text.
/// </summary>
public sealed partial record ReceivedEmail(
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string? TextBody,
    string? HtmlBody,
    IReadOnlyDictionary<string, string> Headers,
    string Raw)
{
    /// <summary>Parses a MIME message (also usable on an .eml file, with an empty envelope).</summary>
    public static ReceivedEmail Parse(string raw, string from, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var message = Entity.Parse(raw);
        string? text = null;
        string? html = null;
        message.CollectBodies(ref text, ref html);
        return new ReceivedEmail(from, to, message.Headers.GetValueOrDefault("Subject", string.Empty), text, html, message.Headers, raw);
    }

    [GeneratedRegex(@"=\?(?<charset>[^?*]+)(?:\*[^?]*)?\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    /// <summary>Decodes RFC 2047 encoded words; adjacent words of one charset are joined before decoding.</summary>
    private static string DecodeHeader(string value)
    {
        var decoded = new StringBuilder();
        var pending = new List<byte>();
        string? pendingCharset = null;
        var position = 0;
        foreach (Match word in EncodedWord().Matches(value))
        {
            var between = value[position..word.Index];
            var charset = word.Groups["charset"].Value;
            var adjacent = pendingCharset is not null && string.IsNullOrWhiteSpace(between);
            if (!adjacent || !string.Equals(charset, pendingCharset, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                if (!adjacent)
                {
                    decoded.Append(between);
                }
            }

            var text = word.Groups["text"].Value;
            pending.AddRange(char.ToUpperInvariant(word.Groups["encoding"].Value[0]) == 'B'
                ? Convert.FromBase64String(text)
                : QuotedPrintable(text.Replace('_', ' ')));
            pendingCharset = charset;
            position = word.Index + word.Length;
        }

        Flush();
        return decoded.Append(value[position..]).ToString();

        void Flush()
        {
            if (pendingCharset is not null)
            {
                decoded.Append(Charset(pendingCharset).GetString([.. pending]));
                pending.Clear();
                pendingCharset = null;
            }
        }
    }

    /// <summary>Quoted-printable to bytes: <c>=XX</c> escapes, soft line breaks, other characters as they are.</summary>
    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 2 < text.Length && text[i + 1] == '\r' && text[i + 2] == '\n')
            {
                i += 2;
            }
            else if (c == '=' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i += 1;
            }
            else if (c == '=' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c < 128)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    private static Encoding Charset(string? name)
    {
        try
        {
            return string.IsNullOrWhiteSpace(name) ? Encoding.ASCII : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    /// <summary>One MIME entity: headers and body, with its parts when it is multipart.</summary>
    private sealed class Entity
    {
        private Entity(Dictionary<string, string> headers, string body)
        {
            Headers = headers;
            Body = body;
            (MediaType, Parameters) = ParseContentType(headers.GetValueOrDefault("Content-Type", "text/plain; charset=us-ascii"));
        }

        public Dictionary<string, string> Headers { get; }

        public string Body { get; }

        public string MediaType { get; }

        public Dictionary<string, string> Parameters { get; }

        public static Entity Parse(string raw)
        {
            var end = raw.StartsWith("\r\n", StringComparison.Ordinal) ? 0 : raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var head = end < 0 ? raw : raw[..end];
            var body = end < 0 ? string.Empty : raw[(end + (end == 0 ? 2 : 4))..];

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var unfolded = new List<string>();
            foreach (var line in head.Split("\r\n"))
            {
                if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && unfolded.Count > 0)
                {
                    unfolded[^1] += line;
                }
                else if (line.Length > 0)
                {
                    unfolded.Add(line);
                }
            }

            foreach (var field in unfolded)
            {
                var colon = field.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers.TryAdd(field[..colon].Trim(), DecodeHeader(field[(colon + 1)..].Trim()));
                }
            }

            return new Entity(headers, body);
        }

        public void CollectBodies(ref string? text, ref string? html)
        {
            if (MediaType.StartsWith("multipart/", StringComparison.Ordinal))
            {
                foreach (var part in Parts())
                {
                    part.CollectBodies(ref text, ref html);
                }
            }
            else if (!Headers.GetValueOrDefault("Content-Disposition", string.Empty).StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
            {
                if (MediaType == "text/plain")
                {
                    text ??= Decode();
                }
                else if (MediaType == "text/html")
                {
                    html ??= Decode();
                }
            }
        }

        private IEnumerable<Entity> Parts()
        {
            var delimiter = "--" + Parameters.GetValueOrDefault("boundary", string.Empty);
            List<string>? current = null;
            foreach (var line in Body.Split("\r\n"))
            {
                var trimmed = line.TrimEnd();
                if (trimmed == delimiter || trimmed == delimiter + "--")
                {
                    if (current is not null)
                    {
                        yield return Parse(string.Join("\r\n", current));
                    }

                    if (trimmed != delimiter)
                    {
                        yield break;
                    }

                    current = [];
                }
                else
                {
                    current?.Add(line);
                }
            }
        }

        private string Decode()
        {
            var charset = Charset(Parameters.GetValueOrDefault("charset"));
            return Headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").Trim().ToLowerInvariant() switch
            {
                "base64" => charset.GetString(Convert.FromBase64String(string.Concat(Body.Where(c => !char.IsWhiteSpace(c))))),
                "quoted-printable" => charset.GetString(QuotedPrintable(Body)),
                _ => Body,
            };
        }

        private static (string MediaType, Dictionary<string, string> Parameters) ParseContentType(string value)
        {
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var pieces = SplitOutsideQuotes(value);
            foreach (var piece in pieces.Skip(1))
            {
                var equals = piece.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim().Trim('"');
                }
            }

            return (pieces[0].Trim().ToLowerInvariant(), parameters);
        }

        private static List<string> SplitOutsideQuotes(string value)
        {
            var pieces = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            foreach (var c in value)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }

                if (c == ';' && !quoted)
                {
                    pieces.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            pieces.Add(current.ToString());
            return pieces;
        }
    }
}

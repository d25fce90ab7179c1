using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Sirius.Testing;

/// <summary>
/// A real SMTP server on loopback for tests (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS,
/// no AUTH). Serves several connections at once, keeps every accepted message, can refuse the next ones, and can
/// stop and listen again on the same port.
/// </summary>
public sealed partial class SmtpListener : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<ReceivedEmail> _messages = [];
    private readonly Dictionary<TcpClient, Task> _sessions = [];
    private TaskCompletionSource _arrived = NewSignal();
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;
    private Task _acceptLoop = Task.CompletedTask;
    private int _refusalsLeft;
    private int _refusalCode;
    private int _refused;

    private SmtpListener()
    {
    }

    public int Port { get; private set; }

    /// <summary>The host settings that send e-mail through this listener.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:EnableTls"] = "false",
        ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.test",
    };

    public bool IsListening => _listener is not null;

    /// <summary>Every message accepted so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<ReceivedEmail> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>How many messages were refused by <see cref="RefuseNext"/>.</summary>
    public int RefusedCount
    {
        get
        {
            lock (_gate)
            {
                return _refused;
            }
        }
    }

    /// <summary>Starts listening on 127.0.0.1, on a free port.</summary>
    public static SmtpListener Start()
    {
        var smtp = new SmtpListener();
        smtp.Listen(0);
        return smtp;
    }

    /// <summary>
    /// Answers the end of DATA of the next <paramref name="count"/> messages with <paramref name="replyCode"/>
    /// (451: try again later, 554: refused) instead of accepting them.
    /// </summary>
    public void RefuseNext(int count = 1, int replyCode = 451)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (replyCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(replyCode), replyCode, "A refusal is a 4xx or 5xx reply.");
        }

        lock (_gate)
        {
            _refusalsLeft = count;
            _refusalCode = replyCode;
        }
    }

    /// <summary>The first accepted message that matches, waiting for it if needed.</summary>
    public async Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = new CancellationTokenSource(timeout ?? DefaultWait);
        while (true)
        {
            List<ReceivedEmail> received;
            Task arrived;
            lock (_gate)
            {
                received = [.. _messages];
                arrived = _arrived.Task;
            }

            if (received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var subjects = received.Count == 0 ? "none" : string.Join(" | ", received.Select(m => m.Subject));
                throw new TimeoutException($"No matching email after {timeout ?? DefaultWait}. Received: {subjects}");
            }
        }
    }

    /// <summary>Closes the port and every open connection: senders now get "connection refused".</summary>
    public async Task StopAsync()
    {
        Task[] running;
        CancellationTokenSource stopping;
        lock (_gate)
        {
            if (_listener is null)
            {
                return;
            }

            stopping = _stopping!;
            stopping.Cancel();
            _listener.Stop();
            _listener = null;
            foreach (var client in _sessions.Keys)
            {
                client.Dispose();
            }

            running = [_acceptLoop, .. _sessions.Values];
        }

        await Task.WhenAll(running);
        stopping.Dispose();
    }

    /// <summary>Listens again on the same port after <see cref="StopAsync"/>.</summary>
    public void Restart()
    {
        if (IsListening)
        {
            throw new InvalidOperationException("The SMTP listener is already listening.");
        }

        Listen(Port);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        lock (_gate)
        {
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _stopping = new CancellationTokenSource();
            _acceptLoop = AcceptAsync(listener, _stopping.Token);
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_gate)
            {
                if (stopping.IsCancellationRequested)
                {
                    client.Dispose();
                    return;
                }

                _sessions[client] = Task.Run(() => ServeAsync(client, stopping), CancellationToken.None);
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        try
        {
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await new Session(this, reader, writer).RunAsync(stopping);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away, or the listener is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _sessions.Remove(client);
            }

            client.Dispose();
        }
    }

    /// <summary>The reply that ends DATA: a refusal code, or null to accept the message.</summary>
    private int? TakeRefusal()
    {
        lock (_gate)
        {
            if (_refusalsLeft == 0)
            {
                return null;
            }

            _refusalsLeft--;
            _refused++;
            return _refusalCode;
        }
    }

    private void Accept(ReceivedEmail email)
    {
        lock (_gate)
        {
            _messages.Add(email);
            var arrived = _arrived;
            _arrived = NewSignal();
            arrived.TrySetResult();
        }
    }

    [GeneratedRegex(@"^(?:FROM|TO):\s*<(?<address>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex PathArgument();

    /// <summary>One SMTP conversation.</summary>
    private sealed class Session(SmtpListener server, StreamReader reader, StreamWriter writer)
    {
        private readonly List<string> _recipients = [];
        private string? _sender;

        public async Task RunAsync(CancellationToken stopping)
        {
            await writer.WriteLineAsync("220 127.0.0.1 Sirius test SMTP ready");
            while (await reader.ReadLineAsync(stopping) is { } line)
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
                var argument = space < 0 ? string.Empty : line[(space + 1)..].Trim();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                        Reset();
                        await writer.WriteLineAsync("250 127.0.0.1 Bonjour");
                        break;
                    case "MAIL":
                        await MailAsync(argument);
                        break;
                    case "RCPT":
                        await RecipientAsync(argument);
                        break;
                    case "DATA":
                        if (!await DataAsync(stopping))
                        {
                            return;
                        }

                        break;
                    case "RSET":
                        Reset();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.1 Command not implemented");
                        break;
                }
            }
        }

        private async Task MailAsync(string argument)
        {
            var path = PathArgument().Match(argument);
            if (!path.Success || !argument.StartsWith("FROM", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("501 5.5.4 Syntax: MAIL FROM:<address>");
                return;
            }

            Reset();
            _sender = path.Groups["address"].Value;
            await writer.WriteLineAsync("250 2.1.0 OK");
        }

        private async Task RecipientAsync(string argument)
        {
            var path = PathArgument().Match(argument);
            if (_sender is null)
            {
                await writer.WriteLineAsync("503 5.5.1 MAIL first");
            }
            else if (!path.Success || !argument.StartsWith("TO", StringComparison.OrdinalIgnoreCase) || path.Groups["address"].Length == 0)
            {
                await writer.WriteLineAsync("501 5.5.4 Syntax: RCPT TO:<address>");
            }
            else
            {
                _recipients.Add(path.Groups["address"].Value);
                await writer.WriteLineAsync("250 2.1.5 OK");
            }
        }

        /// <summary>Reads the message up to the lone dot; false when the client hung up in the middle.</summary>
        private async Task<bool> DataAsync(CancellationToken stopping)
        {
            if (_sender is null || _recipients.Count == 0)
            {
                await writer.WriteLineAsync("503 5.5.1 MAIL and RCPT first");
                return true;
            }

            await writer.WriteLineAsync("354 Start mail input; end with <CRLF>.<CRLF>");
            var raw = new StringBuilder();
            while (true)
            {
                var line = await reader.ReadLineAsync(stopping);
                if (line is null)
                {
                    return false;
                }

                if (line == ".")
                {
                    break;
                }

                raw.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
            }

            var refusal = server.TakeRefusal();
            if (refusal is { } code)
            {
                await writer.WriteLineAsync(code < 500 ? $"{code} 4.3.0 Try again later" : $"{code} 5.7.1 Message refused");
            }
            else
            {
                ReceivedEmail email;
                try
                {
                    email = ReceivedEmail.Parse(raw.ToString(), _sender, [.. _recipients]);
                }
                catch (Exception e) when (e is FormatException or ArgumentException)
                {
                    await writer.WriteLineAsync("554 5.6.0 Unreadable message: " + e.Message.ReplaceLineEndings(" "));
                    Reset();
                    return true;
                }

                server.Accept(email);
                await writer.WriteLineAsync("250 2.0.0 OK queued");
            }

            Reset();
            return true;
        }

        private void Reset()
        {
            _sender = null;
            _recipients.Clear();
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// Writes a definition as the JSON an administrator edits: indented by two spaces, properties in a fixed order,
/// one option or item per line, accents and emoji written as themselves rather than as <c>\u</c> escapes.
/// </summary>
internal static class DefinitionWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n" };

    public static string Write(QuestionnaireDefinition definition)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(Fields.Categories.Name);
            foreach (var category in definition.Categories)
            {
                WriteCategory(writer, category);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteCategory(Utf8JsonWriter writer, Category category)
    {
        writer.WriteStartObject();
        WriteText(writer, Fields.Key, category.Key);
        WriteText(writer, Fields.Title, category.Title);
        WriteText(writer, Fields.Emoji, category.Emoji);
        writer.WriteStartArray(Fields.Questions.Name);
        foreach (var question in category.Questions)
        {
            WriteQuestion(writer, question);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteQuestion(Utf8JsonWriter writer, Question question)
    {
        writer.WriteStartObject();
        WriteText(writer, Fields.Key, question.Key);
        writer.WriteString(Fields.Kind.Name, Keys.Name(question.Kind));
        WriteText(writer, Fields.Label, question.Label);
        if (question.Help is not null)
        {
            WriteText(writer, Fields.Help, question.Help);
        }

        writer.WriteBoolean(Fields.Required.Name, question.Required);
        var usesOptions = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking;
        if (usesOptions || question.Options.Count > 0)
        {
            WriteEntries(writer, Fields.Options, question.Options.Select(o => (o.Key, o.Label)));
        }

        if (question.Kind == QuestionKind.ItemScale || question.Items.Count > 0)
        {
            WriteEntries(writer, Fields.Items, question.Items.Select(i => (i.Key, i.Label)));
        }

        WriteNumber(writer, Fields.Min, question.Min);
        WriteNumber(writer, Fields.Max, question.Max);
        WriteNumber(writer, Fields.MaxSelections, question.MaxSelections);
        if (question.FollowUp is { } followUp)
        {
            writer.WriteStartObject(Fields.FollowUp.Name);
            WriteText(writer, Fields.OptionKey, followUp.OptionKey);
            WriteText(writer, Fields.Label, followUp.Label);
            writer.WriteString(Fields.Kind.Name, Keys.Name(followUp.Kind));
            writer.WriteNumber(Fields.MaxLength.Name, followUp.MaxLength);
            writer.WriteEndObject();
        }

        if (question.Kind == QuestionKind.FreeText || question.PeerQuestion)
        {
            writer.WriteBoolean(Fields.PeerQuestion.Name, question.PeerQuestion);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes each option or item on one line: <c>{ "key": "autre", "label": "Autre" }</c>.</summary>
    private static void WriteEntries(Utf8JsonWriter writer, JsonField field, IEnumerable<(string Key, string Label)> entries)
    {
        var lines = entries.Select(e => $"{{ \"{Fields.Key.Name}\": {Quote(e.Key)}, \"{Fields.Label.Name}\": {Quote(e.Label)} }}").ToList();
        writer.WritePropertyName(field.Name);
        if (lines.Count == 0)
        {
            writer.WriteRawValue("[]");
            return;
        }

        // The writer does not indent raw values: indent them as it would, one level below the property.
        var indent = new string(' ', WriterOptions.IndentSize * writer.CurrentDepth);
        var entryIndent = indent + new string(' ', WriterOptions.IndentSize);
        writer.WriteRawValue($"[\n{entryIndent}{string.Join($",\n{entryIndent}", lines)}\n{indent}]");
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonField field, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(field.Name, number);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, JsonField field, string value)
    {
        writer.WritePropertyName(field.Name);
        writer.WriteRawValue(Quote(value));
    }

    /// <summary>A JSON string literal escaping only what JSON requires (quote, backslash, control characters, lone surrogates).</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}

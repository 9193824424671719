using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>JSON written by hand with <see cref="Utf8JsonWriter"/>: no reflection-based serialization in the tool either.</summary>
internal static class JsonOut
{
    /// <summary>Writes a diagnostic as the results file does: severity, code, message, path and value when present.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void WriteDiagnostic(Utf8JsonWriter writer, EvaluationDiagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("severity", diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "information",
        });
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.Path is { } path)
        {
            writer.WriteString("path", path);
        }

        if (diagnostic.Value is { } value)
        {
            writer.WriteString("value", value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a JSON document, indented, then a line end, to a stream.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="write">Writes the document.</param>
    /// <returns>A task that completes when it is written and flushed.</returns>
    public static async Task WriteDocumentAsync(Stream output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Writes a JSON node (a schema) without the reflection-based serializer.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="node">The node.</param>
    /// <returns>A task that completes when it is written.</returns>
    public static Task WriteNodeAsync(Stream output, JsonNode node) => WriteDocumentAsync(output, w => node.WriteTo(w));

    /// <summary>Writes one compact JSON Lines record to a stream.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="write">Writes the record.</param>
    /// <returns>A task that completes when it is written.</returns>
    public static async Task WriteLineAsync(Stream output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).ConfigureAwait(false);
    }
}

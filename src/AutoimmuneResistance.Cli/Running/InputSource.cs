using System.Text.Json;

namespace AutoimmuneResistance.Cli.Running;

/// <summary>
/// An input opened for a cohort run: a JSON Lines file, a single profile document (possibly indented over many lines),
/// or standard input (<c>-</c>) holding either. It always reads as JSON Lines: a multi-line document becomes one line.
/// </summary>
internal sealed class InputSource : IAsyncDisposable
{
    /// <summary>The largest single multi-line document accepted (the library's default profile limit).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    private readonly CountingStream _counting;

    private InputSource(string name, Stream jsonLines, CountingStream counting, long? length, bool singleDocument)
    {
        Name = name;
        JsonLines = jsonLines;
        _counting = counting;
        Length = length;
        SingleDocument = singleDocument;
    }

    /// <summary>Gets the name to show: the path, or <c>stdin</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the input as JSON Lines.</summary>
    public Stream JsonLines { get; }

    /// <summary>Gets the input's size in bytes when known (a file), for progress.</summary>
    public long? Length { get; }

    /// <summary>Gets how many bytes of the input have been read.</summary>
    public long BytesRead => _counting.BytesRead;

    /// <summary>Gets whether the input was one multi-line JSON document rather than JSON Lines.</summary>
    public bool SingleDocument { get; }

    /// <summary>Opens a path, or standard input for <c>-</c>.</summary>
    /// <param name="path">The path or <c>-</c>.</param>
    /// <param name="console">The console (standard input).</param>
    /// <returns>The input.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <remarks>Not cancellable: the peek is short, and a run cancelled at once must still write a valid (empty) output.</remarks>
    public static async Task<InputSource> OpenAsync(string path, CliConsole console)
    {
        var stdin = path == "-";
        var raw = stdin
            ? console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        long? length = stdin ? null : raw.Length;
        var counting = new CountingStream(raw);

        // Peek at the first non-blank line. A complete JSON value there means JSON Lines (a one-line profile is a
        // cohort of one); an incomplete one that opens an object or array is a single document spread over lines.
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int? lineEnd = null;
        var eof = false;
        while (lineEnd is null && !eof && buffer.Length <= CohortOptions.Default.MaxRecordBytes)
        {
            var n = await counting.ReadAsync(chunk, CancellationToken.None).ConfigureAwait(false);
            eof = n == 0;
            buffer.Write(chunk, 0, n);
            lineEnd = FirstLineEnd(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        var peeked = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (lineEnd is { } end && !eof && OpensMultiLineDocument(peeked.Span[..end]))
        {
            // Read the whole document (bounded), and put it on one line: a line break outside a JSON string is
            // whitespace, and a valid JSON string holds none, so this changes no value.
            while (!eof && buffer.Length <= MaxDocumentBytes)
            {
                var n = await counting.ReadAsync(chunk, CancellationToken.None).ConfigureAwait(false);
                eof = n == 0;
                buffer.Write(chunk, 0, n);
            }

            var bytes = buffer.ToArray();
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] is (byte)'\n' or (byte)'\r')
                {
                    bytes[i] = (byte)' ';
                }
            }

            var oneLine = new MemoryStream(bytes.Length + 1);
            oneLine.Write(bytes);
            oneLine.WriteByte((byte)'\n');
            oneLine.Position = 0;
            return new InputSource(stdin ? "stdin" : path, new PrefixedStream(ReadOnlyMemory<byte>.Empty, oneLine), counting, length, singleDocument: true);
        }

        return new InputSource(stdin ? "stdin" : path, new PrefixedStream(peeked.ToArray(), counting), counting, length, singleDocument: false);
    }

    public async ValueTask DisposeAsync()
    {
        await JsonLines.DisposeAsync().ConfigureAwait(false);
        await _counting.DisposeAsync().ConfigureAwait(false);
    }

    // The end (exclusive) of the first line that is not blank, or null when the buffer does not hold all of it yet.
    private static int? FirstLineEnd(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (true)
        {
            var newline = bytes[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return null;
            }

            if (!bytes.Slice(start, newline).Trim(" \t\r\uFEFF"u8).IsEmpty)
            {
                return start + newline;
            }

            start += newline + 1;
        }
    }

    private static bool OpensMultiLineDocument(ReadOnlySpan<byte> firstLines)
    {
        var text = firstLines.Trim(" \t\r\n"u8);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        if (text.IsEmpty || (text[0] != (byte)'{' && text[0] != (byte)'['))
        {
            return false;
        }

        // Not the final block: running out of data inside the value (an open object) is not an error but the sign of
        // a document that goes on over the next lines; a syntax error is a broken JSON Lines record instead.
        var reader = new Utf8JsonReader(text, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

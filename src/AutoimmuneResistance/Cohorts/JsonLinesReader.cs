using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace AutoimmuneResistance;

/// <summary>
/// Splits a UTF-8 JSON Lines stream into records without parsing them (parsing happens on the worker that evaluates
/// the record). Memory stays bounded by the largest accepted record: an over-long line is skipped to its end and
/// reported as an error record, never silently dropped. Blank lines are not records; a byte-order mark is ignored.
/// </summary>
internal static class JsonLinesReader
{
    private const int InitialBufferSize = 64 * 1024;

    public static async IAsyncEnumerable<CohortInput> ReadAsync(
        Stream stream,
        int maxRecordBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxRecordBytes + 2));
        int start = 0, end = 0;
        long line = 0, index = 0;
        var skipping = false;
        var atStreamStart = true;
        try
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line++;
                    var record = Take(buffer, ref start, start + newline, ref skipping, ref atStreamStart, maxRecordBytes, index, line);
                    start++; // past the '\n'
                    if (record is { } r)
                    {
                        index++;
                        yield return r;
                    }

                    continue;
                }

                // A trailing '\r' may be the first half of a CRLF line end that the next read completes: it is not part
                // of the record, so it must not count against the limit (or the verdict would depend on chunking).
                var pending = end - start;
                if (pending > 0 && buffer[end - 1] == (byte)'\r')
                {
                    pending--;
                }

                if (pending > maxRecordBytes)
                {
                    // Too long: keep nothing but the fact, and skip to the end of the line.
                    skipping = true;
                    start = end = 0;
                }

                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxRecordBytes + 2));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    if (end > start || skipping)
                    {
                        line++;
                        var record = Take(buffer, ref start, end, ref skipping, ref atStreamStart, maxRecordBytes, index, line);
                        if (record is { } r)
                        {
                            yield return r;
                        }
                    }

                    yield break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static CohortInput? Take(byte[] buffer, ref int start, int stop, ref bool skipping, ref bool atStreamStart, int maxRecordBytes, long index, long line)
    {
        var span = buffer.AsSpan(start, stop - start);
        start = stop;
        if (atStreamStart)
        {
            atStreamStart = false;
            if (span.StartsWith("\uFEFF"u8))
            {
                span = span[3..];
            }
        }

        if (skipping)
        {
            skipping = false;
            return TooLarge(index, line, maxRecordBytes);
        }

        span = span.TrimEnd((byte)'\r');
        if (span.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        if (span.Length > maxRecordBytes)
        {
            return TooLarge(index, line, maxRecordBytes);
        }

        return new CohortInput(index, line, null, span.ToArray(), null);
    }

    // A record over the limit, whether it was cut off while reading (a longer line than the buffer) or found whole.
    private static CohortInput TooLarge(long index, long line, int maxRecordBytes) => new(index, line, null, null, EvaluationDiagnostic.Error(
        DiagnosticCodes.RecordTooLarge,
        string.Create(CultureInfo.InvariantCulture, $"the record on line {line} is longer than the limit of {maxRecordBytes} bytes (CohortOptions.MaxRecordBytes); it was not read"),
        "$"));
}

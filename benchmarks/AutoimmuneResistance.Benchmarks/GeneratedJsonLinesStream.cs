using System.Text;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// A read-only stream of <c>count</c> JSON Lines profile records produced on the fly: each record is one of a few
/// pre-serialized typical profiles with its ten-digit subject number rewritten to the record's index, so every
/// record has its own subject and the cohort is never held in memory (the stream itself holds a few kilobytes).
/// </summary>
internal sealed class GeneratedJsonLinesStream : Stream
{
    private const int SubjectDigits = 10;

    private readonly byte[][] _templates;
    private readonly int[] _digitOffsets;
    private readonly long _count;
    private readonly byte[] _line;
    private long _next;
    private int _lineLength;
    private int _position;

    /// <summary>Creates the stream.</summary>
    /// <param name="json">The contract used to serialize the templates.</param>
    /// <param name="count">How many records to produce.</param>
    /// <param name="templateCount">How many distinct profiles to cycle through.</param>
    public GeneratedJsonLinesStream(ResistanceJson json, long count, int templateCount = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _count = count;
        _templates = new byte[templateCount][];
        _digitOffsets = new int[templateCount];
        var longest = 0;
        for (var i = 0; i < templateCount; i++)
        {
            var bytes = json.SerializeToUtf8Bytes(SyntheticProfiles.Typical(i));
            var subject = Encoding.UTF8.GetBytes($"\"{SyntheticProfiles.Subject(i).Value}\"");
            var at = bytes.AsSpan().IndexOf(subject);
            if (at < 0)
            {
                throw new InvalidOperationException("The subject was not found in the serialized template.");
            }

            _templates[i] = bytes;
            _digitOffsets[i] = at + subject.Length - 1 - SubjectDigits;
            longest = Math.Max(longest, bytes.Length);
        }

        _line = new byte[longest + 1];
    }

    /// <summary>Gets the number of bytes produced so far (for reporting).</summary>
    public long BytesProduced { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_position == _lineLength && !NextLine())
            {
                break;
            }

            var chunk = Math.Min(buffer.Length - written, _lineLength - _position);
            _line.AsSpan(_position, chunk).CopyTo(buffer[written..]);
            _position += chunk;
            written += chunk;
        }

        BytesProduced += written;
        return written;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool NextLine()
    {
        if (_next == _count)
        {
            return false;
        }

        var which = (int)(_next % _templates.Length);
        var template = _templates[which];
        template.CopyTo(_line, 0);
        var digits = _line.AsSpan(_digitOffsets[which], SubjectDigits);
        var n = _next;
        for (var i = SubjectDigits - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (n % 10));
            n /= 10;
        }

        _line[template.Length] = (byte)'\n';
        _lineLength = template.Length + 1;
        _position = 0;
        _next++;
        return true;
    }
}

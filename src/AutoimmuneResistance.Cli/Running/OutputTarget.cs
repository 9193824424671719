namespace AutoimmuneResistance.Cli.Running;

/// <summary>
/// Where a command's machine-readable output goes: a file given with <c>--output</c>, or standard output. A file is
/// written beside its final name and moved into place when complete (cancelled runs included), so a reader never sees
/// a half-written file under the final name. Output that needs a seekable stream (Parquet) to standard output is
/// written to a temporary file first and then copied. A device such as <c>/dev/null</c> or <c>/dev/stdout</c> (a path
/// under <c>/dev/</c> or <c>/proc/</c>, links resolved, or a Windows device path) is written in place: moving a file
/// over it would replace the device.
/// </summary>
internal sealed class OutputTarget : IAsyncDisposable
{
    private readonly CliConsole _console;
    private readonly string? _finalPath;
    private readonly string? _workPath;
    private bool _committed;
    private FileStream? _device;

    private OutputTarget(CliConsole console, Stream stream, string? finalPath, string? workPath)
    {
        _console = console;
        Stream = stream;
        _finalPath = finalPath;
        _workPath = workPath;
    }

    /// <summary>Gets the stream to write.</summary>
    public Stream Stream { get; }

    /// <summary>Gets the name to show: the path, or <c>stdout</c>.</summary>
    public string Name => _finalPath ?? _device?.Name ?? "stdout";

    // A device node (or a link to one): /dev/null, /dev/stdout, /dev/fd/N, /proc/self/fd/N, or \\.\NUL on Windows.
    private static bool IsDevice(string full)
    {
        if (full.StartsWith(@"\\.\", StringComparison.Ordinal))
        {
            return true;
        }

        var resolved = File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
        return resolved.StartsWith("/dev/", StringComparison.Ordinal) || resolved.StartsWith("/proc/", StringComparison.Ordinal)
            || full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>Opens the output.</summary>
    /// <param name="path">The path, or <see langword="null"/> or <c>-</c> for standard output.</param>
    /// <param name="console">The console.</param>
    /// <param name="seekable">Whether the writer needs a seekable stream.</param>
    /// <returns>The target.</returns>
    public static OutputTarget Open(string? path, CliConsole console, bool seekable)
    {
        if (path is null or "-")
        {
            if (!seekable)
            {
                return new OutputTarget(console, new NonClosingStream(console.StandardOutput), null, null);
            }

            var temp = Path.Combine(Path.GetTempPath(), $"autoimmune-resistance-{Guid.NewGuid():N}.tmp");
            return new OutputTarget(console, new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous), null, temp);
        }

        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024, FileOptions.None);
            if (!seekable)
            {
                return new OutputTarget(console, device, null, null) { _device = device };
            }

            var buffer = Path.Combine(Path.GetTempPath(), $"autoimmune-resistance-{Guid.NewGuid():N}.tmp");
            return new OutputTarget(console, new FileStream(buffer, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous), null, buffer) { _device = device };
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var work = full + ".partial";
        return new OutputTarget(console, new FileStream(work, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous), full, work);
    }

    /// <summary>Flushes and closes the output and puts it in place (moved to its path, or copied to standard output).</summary>
    /// <returns>A task that completes when the output is in place.</returns>
    public async Task CommitAsync()
    {
        await Stream.FlushAsync().ConfigureAwait(false);
        if (_workPath is not null && _finalPath is null)
        {
            var destination = _device ?? _console.StandardOutput;
            Stream.Position = 0;
            await Stream.CopyToAsync(destination).ConfigureAwait(false);
            await destination.FlushAsync().ConfigureAwait(false);
        }

        if (_device is not null && !ReferenceEquals(_device, Stream))
        {
            await _device.DisposeAsync().ConfigureAwait(false);
        }

        await Stream.DisposeAsync().ConfigureAwait(false);
        if (_finalPath is not null)
        {
            File.Move(_workPath!, _finalPath, overwrite: true);
        }
        else if (_workPath is not null)
        {
            File.Delete(_workPath);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        // Not committed: the command failed before its output was complete. Leave nothing half-written behind.
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (_device is not null && !ReferenceEquals(_device, Stream))
        {
            await _device.DisposeAsync().ConfigureAwait(false);
        }

        if (_workPath is not null && File.Exists(_workPath))
        {
            File.Delete(_workPath);
        }
    }

    // Standard output belongs to the process (or the test): writers flush it but never close it.
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
    }
}

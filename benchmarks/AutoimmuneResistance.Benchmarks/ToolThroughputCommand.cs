using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// <c>tool-throughput --tool PATH [--dir DIR] [--parallel P[,P...]] N...</c>: the command-line tool end to end, as a
/// researcher runs it. For each N, the tool generates an N-patient cohort into a file (<c>generate --count N</c>, not
/// timed); then, in the same run, a raw <see cref="Utf8JsonReader"/> pass over every line of that file (the baseline:
/// every token read, every name and value touched, best of three once the file is in the page cache) and the tool's
/// <c>evaluate FILE --format jsonl --output /dev/null --parallel P</c> for each P. It prints the elapsed times, the
/// records per second, the tool's rate as a share of the raw pass's rate, the tool's peak resident memory (the
/// kernel's <c>VmHWM</c>, read from <c>/proc</c> while the process runs) and the speed-up of the largest P over P = 1.
/// </summary>
/// <remarks>
/// The tool is started as its own process (a framework-dependent <c>.dll</c> through <c>dotnet</c>, or an
/// executable), so start-up, reading, validation, evaluation with both modules and writing results are all counted.
/// Linux only (<c>/proc</c>). The cohort files are deleted after each N.
/// </remarks>
internal static class ToolThroughputCommand
{
    public const string Name = "tool-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        string? tool = null;
        var directory = Path.GetTempPath();
        int[] parallel = [1, 2];
        var sizes = new List<long>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tool" when i + 1 < args.Length:
                    tool = Path.GetFullPath(args[++i]);
                    break;
                case "--dir" when i + 1 < args.Length:
                    directory = Path.GetFullPath(args[++i]);
                    break;
                case "--parallel" when i + 1 < args.Length:
                    parallel = [.. args[++i].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
                    break;
                default:
                    if (long.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                    {
                        sizes.Add(n);
                        break;
                    }

                    await Console.Error.WriteLineAsync($"usage: {Name} --tool PATH [--dir DIR] [--parallel 1,2] N [N ...]  (unrecognised argument '{args[i]}')").ConfigureAwait(false);
                    return 2;
            }
        }

        if (tool is null || !File.Exists(tool))
        {
            await Console.Error.WriteLineAsync($"{Name}: --tool must name the built tool (for example artifacts/bin/AutoimmuneResistance.Cli/release/AutoimmuneResistance.Cli.dll)").ConfigureAwait(false);
            return 2;
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange([10_000, 1_000_000]);
        }

        Directory.CreateDirectory(directory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name}: {Environment.ProcessorCount} cores, .NET {Environment.Version}, tool {tool}"));
        foreach (var size in sizes)
        {
            var cohort = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"throughput-{size}.jsonl"));
            try
            {
                var generated = await RunToolAsync(tool, ["generate", "--count", size.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--output", cohort]).ConfigureAwait(false);
                if (generated.ExitCode != 0)
                {
                    await Console.Error.WriteLineAsync($"{Name}: generate exited {generated.ExitCode}").ConfigureAwait(false);
                    return 1;
                }

                var bytes = new FileInfo(cohort).Length;
                var (raw, lines) = (TimeSpan.MaxValue, 0L);
                for (var pass = 0; pass < 3; pass++)
                {
                    var (elapsed, counted) = RawPass(cohort);
                    raw = elapsed < raw ? elapsed : raw;
                    lines = counted;
                }

                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"N={size}: {bytes / 1048576.0:F1} MiB, {lines} lines; raw Utf8JsonReader pass {raw.TotalSeconds:F2} s ({lines / raw.TotalSeconds:F0} records/s, {bytes / 1048576.0 / raw.TotalSeconds:F0} MiB/s)"));
                var rates = new Dictionary<int, double>();
                foreach (var p in parallel)
                {
                    var run = await RunToolAsync(tool, ["evaluate", cohort, "--format", "jsonl", "--output", "/dev/null", "--parallel", p.ToString(CultureInfo.InvariantCulture)]).ConfigureAwait(false);
                    var rate = lines / run.Elapsed.TotalSeconds;
                    rates[p] = rate;
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  evaluate --parallel {p}: {run.Elapsed.TotalSeconds:F2} s, {rate:F0} records/s, {rate / (lines / raw.TotalSeconds):F3} of the raw pass's rate, peak resident {run.PeakResidentKiB / 1024.0:F1} MiB, exit {run.ExitCode}; {run.LastErrorLine}"));
                }

                if (rates.Count > 1 && rates.TryGetValue(1, out var single))
                {
                    var most = rates.Keys.Max();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  --parallel {most} is {rates[most] / single:F2}x --parallel 1"));
                }
            }
            finally
            {
                File.Delete(cohort);
            }
        }

        return 0;
    }

    // Every line read with a fresh Utf8JsonReader that reads every token and touches every name and value (its length
    // and first byte), as JsonReadBenchmarks.RawReader does for one profile.
    private static (TimeSpan Elapsed, long Lines) RawPass(string path)
    {
        var stopwatch = Stopwatch.StartNew();
        long lines = 0, touched = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var filled = 0;
            while (true)
            {
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                var start = 0;
                int end;
                while ((end = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
                {
                    touched += Touch(buffer.AsSpan(start, end - start));
                    lines++;
                    start = end + 1;
                }

                if (read == 0)
                {
                    if (filled > start)
                    {
                        touched += Touch(buffer.AsSpan(start, filled - start));
                        lines++;
                    }

                    break;
                }

                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        GC.KeepAlive(touched);
        return (stopwatch.Elapsed, lines);
    }

    // A generated cohort holds a few records broken on purpose (as the tool's own generator writes them): the pass
    // reads them up to the fault, as the tool does.
    private static long Touch(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        long sum = 0;
        try
        {
            while (reader.Read())
            {
                var value = reader.ValueSpan;
                sum += value.Length + (value.IsEmpty ? 0 : value[0]);
            }
        }
        catch (JsonException)
        {
            sum++;
        }

        return sum;
    }

    private static async Task<ToolRun> RunToolAsync(string tool, string[] arguments)
    {
        var start = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { tool } }
            : new ProcessStartInfo(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var lastError = string.Empty;
        var errors = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lastError = line;
            }
        });
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentKiB(process.Id));
            await Task.Delay(100).ConfigureAwait(false);
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        await Task.WhenAll(errors, output).ConfigureAwait(false);
        return new ToolRun(process.ExitCode, elapsed, peak, lastError);
    }

    // VmHWM: the process's peak resident set size, in KiB; 0 once the process has gone.
    private static long PeakResidentKiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private sealed record ToolRun(int ExitCode, TimeSpan Elapsed, long PeakResidentKiB, string LastErrorLine);
}

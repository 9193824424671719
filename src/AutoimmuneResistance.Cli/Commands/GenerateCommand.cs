using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AutoimmuneResistance.Cli.Generation;
using AutoimmuneResistance.Cli.Running;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>generate --count N --seed S</c>: a synthetic JSON Lines cohort, the same bytes for the same count and seed; the
/// defaults (300, 20261122) give seeds/demo-cohort.jsonl byte for byte. A few records are invalid on purpose.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The demo cohort's seed.</summary>
    public const int DemoSeed = 20261122;

    /// <summary>The demo cohort's size.</summary>
    public const int DemoCount = 300;

    public static Command Create(CliConsole console)
    {
        var count = new Option<int>("--count", "-n") { Description = "How many patients.", DefaultValueFactory = _ => DemoCount, HelpName = "N" };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--count must be at least 1.");
            }
        });
        var seed = new Option<int>("--seed", "-s") { Description = "The random seed: the same seed and count give the same bytes.", DefaultValueFactory = _ => DemoSeed, HelpName = "S" };
        var output = Shared.Output();
        var command = new Command("generate", "Generate a synthetic JSON Lines cohort (entirely invented patients; a few records broken on purpose).")
        {
            count, seed, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, int count, int seed, string? path, CancellationToken cancellationToken)
    {
        var pipeline = Shared.BuildPipeline([], false, console.Error)!;
        await using var target = OutputTarget.Open(path, console, seekable: false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var cohort = new DemoCohort(new Random(seed), pipeline);
        long written = 0, bytes = 0;
        await ProgressDisplay.RunAsync(console, "generate", async report =>
        {
            foreach (var line in cohort.Lines(count))
            {
                // Whole lines only: a cancelled run leaves a shorter cohort, never a cut record.
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var data = utf8.GetBytes(line + "\n");
                await target.Stream.WriteAsync(data, CancellationToken.None).ConfigureAwait(false);
                hash.AppendData(data);
                bytes += data.Length;
                written++;
                report(new ProgressState(written, written, count));
            }

            return written;
        }).ConfigureAwait(false);
        await target.CommitAsync().ConfigureAwait(false);

        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"generate: wrote {written} records ({DemoCohort.InvalidCountFor(written)} invalid on purpose), {bytes:N0} bytes, to {target.Name}; sha256 {Convert.ToHexStringLower(hash.GetHashAndReset())}")).ConfigureAwait(false);
        return written < count ? CommandLine.Cancelled : CommandLine.Success;
    }
}

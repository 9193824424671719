using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace AutoimmuneResistance.Cli.Running;

/// <summary>Where a long run reports how far it is: records done, and the position in its input when that is known.</summary>
/// <param name="Records">Records done.</param>
/// <param name="Done">Units of <paramref name="Total"/> done (input bytes, or records).</param>
/// <param name="Total">The total, when known.</param>
internal readonly record struct ProgressState(long Records, long Done, long? Total);

/// <summary>
/// Shows a long run's progress on standard error: a Spectre.Console progress bar with rate and ETA when standard error
/// is a terminal, a plain line every <see cref="CliConsole.ProgressInterval"/> otherwise (a log file or CI then gets a
/// few lines instead of control codes). Standard output is never touched.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback to report progress with.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="console">The console.</param>
    /// <param name="verb">The command, for the plain lines (<c>evaluate</c>).</param>
    /// <param name="work">The work.</param>
    /// <returns>The work's result.</returns>
    public static async Task<T> RunAsync<T>(CliConsole console, string verb, Func<Action<ProgressState>, Task<T>> work)
    {
        if (!console.IsErrorTerminal)
        {
            var clock = Stopwatch.StartNew();
            var next = console.ProgressInterval;
            return await work(state =>
            {
                if (clock.Elapsed < next)
                {
                    return;
                }

                next = clock.Elapsed + console.ProgressInterval;
                console.Error.WriteLine(PlainLine(verb, state, clock.Elapsed));
            }).ConfigureAwait(false);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        T result = default!;
        await terminal.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(verb, maxValue: 1);
                var clock = Stopwatch.StartNew();
                result = await work(state =>
                {
                    if (state.Total is { } total)
                    {
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = state.Done;
                    }
                    else
                    {
                        task.IsIndeterminate = true;
                    }

                    task.Description = $"{verb}: {state.Records:N0} records, {Rate(state.Records, clock.Elapsed)}/s";
                }).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Formats a plain progress line.</summary>
    /// <param name="verb">The command.</param>
    /// <param name="state">The progress.</param>
    /// <param name="elapsed">The time since the start.</param>
    /// <returns>For example <c>evaluate: 12,000 records, 3,100/s, 42% of the input, about 00:01:20 left</c>.</returns>
    public static string PlainLine(string verb, ProgressState state, TimeSpan elapsed)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{verb}: {state.Records:N0} records, {Rate(state.Records, elapsed)}/s");
        if (state.Total is { } total && total > 0 && state.Done > 0)
        {
            var fraction = Math.Min(1, (double)state.Done / total);
            var left = TimeSpan.FromSeconds(Math.Round(elapsed.TotalSeconds * (1 - fraction) / fraction));
            line += string.Create(CultureInfo.InvariantCulture, $", {fraction:P0} of the input, about {left:hh\\:mm\\:ss} left");
        }

        return line;
    }

    private static string Rate(long records, TimeSpan elapsed) =>
        (elapsed.TotalSeconds > 0 ? records / elapsed.TotalSeconds : 0).ToString("N0", CultureInfo.InvariantCulture);
}

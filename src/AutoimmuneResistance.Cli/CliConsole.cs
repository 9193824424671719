namespace AutoimmuneResistance.Cli;

/// <summary>
/// The standard streams a command runs against: the process's own in <see cref="Program"/>, in-memory ones in tests.
/// Machine-readable output (JSON Lines, CSV, Parquet, JSON) goes to <see cref="StandardOutput"/> as bytes; progress,
/// counts and error messages go to <see cref="Error"/>, so stdout stays machine-readable.
/// </summary>
public sealed class CliConsole
{
    /// <summary>Gets a function that opens standard input (for the input <c>-</c>).</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Gets standard output as bytes: where results go when no <c>--output</c> is given.</summary>
    public required Stream StandardOutput { get; init; }

    /// <summary>Gets standard output as text, for human-readable output (tables, validation reports) and help.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Gets standard error: progress, counts and error messages.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Gets whether standard output is a terminal (human tables then get colour and borders).</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Gets whether standard error is a terminal: a live progress bar then, periodic plain lines otherwise.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>Gets how often a plain progress line is written when standard error is not a terminal.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Creates the console of the running process.</summary>
    /// <returns>The process's standard streams.</returns>
    public static CliConsole ForProcess() => new()
    {
        OpenStandardInput = Console.OpenStandardInput,
        StandardOutput = Console.OpenStandardOutput(),
        Out = Console.Out,
        Error = Console.Error,
        IsOutputTerminal = !Console.IsOutputRedirected,
        IsErrorTerminal = !Console.IsErrorRedirected,
    };
}

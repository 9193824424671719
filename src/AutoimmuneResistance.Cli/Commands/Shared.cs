using System.CommandLine;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>Options and steps several commands share.</summary>
internal static class Shared
{
    /// <summary>Creates the <c>&lt;input&gt;</c> argument.</summary>
    /// <param name="what">What the input holds.</param>
    /// <returns>The argument.</returns>
    public static Argument<string> Input(string what) => new("input") { Description = $"{what}, or - for standard input." };

    /// <summary>Creates <c>--output</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file (created, or replaced when complete) instead of standard output.",
        HelpName = "PATH",
    };

    /// <summary>Creates <c>--definitions</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Definitions() => new("--definitions", "-d")
    {
        Description = "Definition sets to use in place of the defaults of their kind, by id (see: catalog definition-sets).",
        HelpName = "SET",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Creates <c>--include-values</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> IncludeValues() => new("--include-values")
    {
        Description = "Let diagnostics carry the offending value as read. Off by default: diagnostics then hold no patient data.",
    };

    /// <summary>Creates <c>--json</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON for machines instead of a table." };

    /// <summary>Builds the pipeline every command uses: the core, the lupus and the systemic sclerosis modules, with the chosen definition sets.</summary>
    /// <param name="definitions">Definition set ids to select.</param>
    /// <param name="includeValues">Whether diagnostics carry values.</param>
    /// <param name="error">Where to explain a failure.</param>
    /// <returns>The pipeline, or <see langword="null"/> after writing why it could not be built.</returns>
    public static ResistancePipeline? BuildPipeline(IEnumerable<string>? definitions, bool includeValues, TextWriter error)
    {
        var builder = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().IncludeValuesInDiagnostics(includeValues);
        foreach (var id in definitions ?? [])
        {
            if (!DefinitionSetId.TryParse(id, out var parsed))
            {
                error.WriteLine($"error: '{id}' is not a definition set id (lower-case dotted, for example sle.activity.window-30).");
                return null;
            }

            builder.UseDefinitionSet(parsed);
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException e)
        {
            // The builder lists every problem, unknown sets with the registered ones; shown whole.
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>Checks that an input path exists (or is <c>-</c>).</summary>
    /// <param name="path">The path.</param>
    /// <param name="error">Where to say it does not.</param>
    /// <returns>Whether it can be read.</returns>
    public static bool InputExists(string path, TextWriter error)
    {
        if (path == "-" || File.Exists(path))
        {
            return true;
        }

        error.WriteLine($"error: input file not found: {path}");
        return false;
    }

    /// <summary>Describes a failed record for standard error: where, which code, which path, and the whole message.</summary>
    /// <param name="outcome">The failed outcome.</param>
    /// <returns>One line per error diagnostic.</returns>
    public static IEnumerable<string> DescribeFailure(CohortOutcome outcome)
    {
        var where = outcome.Line is { } line ? $"line {line}" : $"record {outcome.Index + 1}";
        var subject = outcome.Subject is { } s ? $" (subject {s.Value})" : string.Empty;
        foreach (var error in outcome.Errors.Where(e => e.Severity == DiagnosticSeverity.Error))
        {
            var value = error.Value is { } v ? $" [value: {v}]" : string.Empty;
            yield return $"{where}{subject}: {error.Code} at {error.Path ?? "$"}: {error.Message}{value}";
        }
    }
}

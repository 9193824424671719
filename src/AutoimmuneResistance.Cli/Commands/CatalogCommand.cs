using System.CommandLine;
using Spectre.Console;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>catalog [section]</c>: what the tool's pipeline knows (the core and the lupus module): modules, therapies,
/// mechanisms, instruments, evaluators and every registered definition set (marked when selected); tables for people,
/// JSON with <c>--json</c>.
/// </summary>
internal static class CatalogCommand
{
    private static readonly string[] Sections = ["modules", "therapies", "mechanisms", "instruments", "evaluators", "definition-sets"];

    public static Command Create(CliConsole console)
    {
        var section = new Argument<string?>("section")
        {
            Description = "modules, therapies, mechanisms, instruments, evaluators or definition-sets; none shows all.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        section.AcceptOnlyFromAmong(Sections);
        var json = Shared.Json();
        var definitions = Shared.Definitions();
        var command = new Command("catalog", "List the therapies, mechanisms, instruments, evaluators, definition sets and modules the tool knows.")
        {
            section, json, definitions,
        };
        command.SetAction((parse, _) => RunAsync(console, parse.GetValue(section), parse.GetValue(json), parse.GetValue(definitions) ?? []));
        return command;
    }

    /// <summary>One section: named columns and rows of text.</summary>
    /// <param name="Name">The section.</param>
    /// <param name="Columns">The column names (JSON property names too).</param>
    /// <param name="Rows">The rows.</param>
    internal sealed record Section(string Name, string[] Columns, List<string?[]> Rows);

    /// <summary>Reads the catalog off a pipeline.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>Every section, in <see cref="Sections"/> order.</returns>
    internal static IEnumerable<Section> Read(ResistancePipeline pipeline)
    {
        yield return new("modules", ["disease", "name", "module", "version"], [.. pipeline.Diseases.Select(d => new[] { d.Id.Value, d.Name, d.Module, d.Version })]);
        yield return new("therapies", ["id", "name", "class", "target", "atc"], [.. pipeline.Therapies.All.OrderBy(t => t.Id.Value, StringComparer.Ordinal).Select(t => new[] { t.Id.Value, t.Name, t.Class.Value, t.MolecularTarget, t.Atc?.Code })]);
        yield return new("mechanisms", ["id", "title", "category"], [.. pipeline.Mechanisms.All.Select(m => new[] { m.Id.Value, m.Title, m.Category.Value })]);
        yield return new("instruments", ["id", "title", "version"], [.. pipeline.Instruments.Select(i => new[] { i.Id.Value, i.Title, i.Version })]);
        yield return new("evaluators", ["id", "title", "version", "diseases", "mechanisms"], [.. pipeline.Evaluators.Select(e => new[] { e.Id.Value, e.Title, e.Version, string.Join(" ", e.AppliesTo.Select(d => d.Value)), string.Join(" ", e.Mechanisms.Select(m => m.Value)) })]);
        // Every set the modules registered, with whether it is the one selected for its kind (the default unless
        // --definitions chose another): the alternatives are what --definitions accepts.
        var selected = pipeline.Definitions.All.Select(s => s.Id).ToHashSet();
        yield return new(
            "definition-sets",
            ["id", "version", "selected", "title"],
            [.. pipeline.AvailableDefinitionSets.Select(s => new[] { s.Id.Value, s.Version, selected.Contains(s.Id) ? "yes" : "no", s.Title })]);
    }

    private static async Task<int> RunAsync(CliConsole console, string? only, bool json, string[] definitions)
    {
        if (Shared.BuildPipeline(definitions, false, console.Error) is not { } pipeline)
        {
            return CommandLine.UsageError;
        }

        var sections = Read(pipeline).Where(s => only is null || s.Name == only).ToList();
        if (json)
        {
            await JsonOut.WriteDocumentAsync(console.StandardOutput, w =>
            {
                w.WriteStartObject();
                foreach (var section in sections)
                {
                    w.WriteStartArray(section.Name);
                    foreach (var row in section.Rows)
                    {
                        w.WriteStartObject();
                        for (var i = 0; i < section.Columns.Length; i++)
                        {
                            if (row[i] is { } value)
                            {
                                w.WriteString(section.Columns[i], value);
                            }
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }).ConfigureAwait(false);
            return CommandLine.Success;
        }

        var terminal = Terminal.For(console);
        foreach (var section in sections)
        {
            var table = new Table { Title = new TableTitle($"{section.Name} ({section.Rows.Count})") }.AddColumns(section.Columns);
            foreach (var row in section.Rows)
            {
                table.AddRow([.. row.Select(v => Markup.Escape(v ?? string.Empty))]);
            }

            terminal.Write(table);
        }

        return CommandLine.Success;
    }
}

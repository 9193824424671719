#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus
#:project ../../src/AutoimmuneResistance.SystemicSclerosis

// Cohort analysis, for people without Jupyter: the same steps as samples/Notebooks/cohort-analysis.ipynb. Stream the
// synthetic demo cohort (seeds/demo-cohort.jsonl, lupus and systemic sclerosis) through one pipeline, tabulate the
// verdicts by disease and by therapy, and draw the per-therapy verdicts as a bar chart
// (artifacts/notebooks/cohort-verdicts.svg).
//
//   dotnet run samples/Scripts/cohort-analysis.cs                      (from the repository root)
//   dotnet run samples/Scripts/cohort-analysis.cs -- my-cohort.jsonl   (any JSON Lines file of patient profiles)
//
// Research tool, not a medical device. Every subject in the demo cohort is synthetic.

using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

var root = RepositoryRoot();
var cohortPath = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(root, "seeds", "demo-cohort.jsonl");

var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .AddSystemicSclerosis()
    .Build();
var diseaseNames = pipeline.Diseases.ToDictionary(d => d.Id, d => d.Name);

// 1. Stream the cohort: one outcome per record, in order; a record that cannot be read becomes a failed outcome.
long read = 0, evaluated = 0;
CohortOutcome? firstFailure = null;
var byDisease = new SortedDictionary<string, int[]>(StringComparer.Ordinal);        // disease -> shown, not shown, cannot tell yet
var byTherapy = new SortedDictionary<(string Disease, string Therapy), int[]>();   // (disease, therapy) -> the same three counts
await using (var stream = File.OpenRead(cohortPath))
{
    await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(stream))
    {
        read++;
        if (outcome.Assessment?.Verdict is not { } verdict)
        {
            firstFailure ??= outcome.IsSuccess ? null : outcome;
            continue;
        }

        evaluated++;
        // The patient's answer counts once for each disease its verdict judged (a therapy or a named definition).
        var judged = verdict.Therapies.Select(t => t.Disease).Concat(verdict.Domains.Select(d => d.Disease)).Distinct().ToList();
        foreach (var disease in judged.Count > 0 ? judged.Select(Name) : ["nothing judged yet"])
        {
            Count(byDisease, disease, verdict.Answer);
        }

        foreach (var therapy in verdict.Therapies)
        {
            Count(byTherapy, (Name(therapy.Disease), therapy.Name), therapy.Resistance);
        }
    }
}

var summary = new CohortRunSummary(read, evaluated, read - evaluated);

// 2. The tables.
Console.WriteLine($"Cohort: {Path.GetRelativePath(Environment.CurrentDirectory, cohortPath)}");
Console.WriteLine($"Records: {summary.Read} read, {summary.Evaluated} evaluated, {summary.Failed} failed");
if (firstFailure is { } failure)
{
    var error = failure.Errors.First(e => e.Severity == DiagnosticSeverity.Error);
    Console.WriteLine($"  first failure: line {failure.Line}, {error.Code} {error.Path ?? "$"}: {error.Message}");
}

Console.WriteLine();
Console.WriteLine("Patients' verdicts by disease (a patient counts under each disease its verdict judged):");
Console.WriteLine($"  {"disease",-36} {"shown",6} {"not shown",10} {"cannot tell yet",16}");
foreach (var (disease, counts) in byDisease)
{
    Console.WriteLine($"  {disease,-36} {counts[0],6} {counts[1],10} {counts[2],16}");
}

Console.WriteLine();
Console.WriteLine("Verdicts per therapy (one per patient and drug, across its courses):");
Console.WriteLine($"  {"disease",-30} {"therapy",-52} {"shown",6} {"not shown",10} {"cannot tell yet",16}");
foreach (var ((disease, therapy), counts) in byTherapy.OrderBy(t => t.Key.Disease, StringComparer.Ordinal).ThenByDescending(t => t.Value.Sum()))
{
    Console.WriteLine($"  {disease,-30} {therapy,-52} {counts[0],6} {counts[1],10} {counts[2],16}");
}

// 3. The chart: per-therapy verdicts as stacked horizontal bars, an SVG file any browser opens.
var chartPath = Path.Combine(root, "artifacts", "notebooks", "cohort-verdicts.svg");
Directory.CreateDirectory(Path.GetDirectoryName(chartPath)!);
File.WriteAllText(chartPath, Chart(byTherapy.OrderByDescending(t => t.Value.Sum()).Take(12).ToList()));
Console.WriteLine();
Console.WriteLine($"Chart: {Path.GetRelativePath(Environment.CurrentDirectory, chartPath)}");
return 0;

string Name(DiseaseId id) => diseaseNames.TryGetValue(id, out var name) ? name : id.Value;

static void Count<TKey>(SortedDictionary<TKey, int[]> table, TKey key, ResistanceAnswer answer)
    where TKey : notnull
{
    var counts = table.TryGetValue(key, out var found) ? found : table[key] = new int[3];
    counts[(int)answer - 1]++;
}

// Stacked bars, one per (disease, therapy): resistance shown, not shown, cannot tell yet. Text is escaped.
static string Chart(IReadOnlyList<KeyValuePair<(string Disease, string Therapy), int[]>> rows)
{
    const int Label = 390, Width = 420, Bar = 18, Gap = 8, Top = 40;
    string[] colours = ["#c0392b", "#27ae60", "#95a5a6"];
    string[] answers = ["resistance shown", "resistance not shown", "cannot tell yet"];
    var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value.Sum()));
    var height = Top + (rows.Count * (Bar + Gap)) + 30;
    var svg = new StringBuilder();
    svg.Append(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Label + Width + 60}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">"));
    svg.Append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">Verdicts per therapy (patients)</text>");
    for (var i = 0; i < answers.Length; i++)
    {
        svg.Append(FormattableString.Invariant($"<rect x=\"{Label + (i * 160)}\" y=\"24\" width=\"10\" height=\"10\" fill=\"{colours[i]}\"/><text x=\"{Label + (i * 160) + 14}\" y=\"33\">{answers[i]}</text>"));
    }

    for (var r = 0; r < rows.Count; r++)
    {
        var ((disease, therapy), counts) = rows[r];
        var y = Top + (r * (Bar + Gap));
        svg.Append(FormattableString.Invariant($"<text x=\"{Label - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{WebUtility.HtmlEncode($"{therapy} ({disease})")}</text>"));
        double x = Label;
        for (var i = 0; i < counts.Length; i++)
        {
            var w = Width * counts[i] / (double)max;
            if (counts[i] > 0)
            {
                svg.Append(FormattableString.Invariant($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{Bar}\" fill=\"{colours[i]}\"><title>{answers[i]}: {counts[i]}</title></rect>"));
            }

            x += w;
        }

        svg.Append(FormattableString.Invariant($"<text x=\"{x + 4:0.#}\" y=\"{y + 13}\">{counts.Sum()}</text>"));
    }

    return svg.Append("</svg>").ToString();
}

// The repository this file is in (the folder holding AutoimmuneResistance.sln); the working directory otherwise.
static string RepositoryRoot([CallerFilePath] string sourceFile = "")
{
    var start = File.Exists(sourceFile) ? Path.GetDirectoryName(sourceFile)! : Environment.CurrentDirectory;
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            return directory.FullName;
        }
    }

    return Environment.CurrentDirectory;
}

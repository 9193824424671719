#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus

// Quick start: stream the synthetic demo cohort (seeds/demo-cohort.jsonl) through a resistance pipeline and print a
// summary of what came out.
//
//   dotnet run samples/QuickStart/quickstart.cs                     (from the repository root)
//   dotnet run samples/QuickStart/quickstart.cs -- my-cohort.jsonl  (any JSON Lines file of patient profiles)
//
// Research tool, not a medical device. Every subject in the demo cohort is synthetic.

using System.Runtime.CompilerServices;
using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;

var cohortPath = args.Length > 0 ? Path.GetFullPath(args[0]) : DefaultCohortPath();

// 1. Build the pipeline once; it is immutable and thread-safe. Disease modules plug in here (the lupus module is in
//    preview; the systemic sclerosis module comes later).
var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .Build();

// 2. Stream the cohort: one outcome per record, in input order, with memory that does not grow with the cohort.
//    A record that cannot be read or fails validation becomes a failed outcome; the run goes on.
long read = 0, evaluated = 0;
var failures = new List<string>(); // the first ten, for display
var failedLines = new HashSet<long>();
var diagnostics = new SortedDictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
var findings = new SortedDictionary<string, int>(StringComparer.Ordinal);
AssessmentManifest? manifest = null;

await using (var stream = File.OpenRead(cohortPath))
{
    await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(stream))
    {
        read++;
        if (outcome.Assessment is not { } assessment)
        {
            // Errors holds every diagnostic of the record (warnings too); show its first error.
            var error = outcome.Errors.First(e => e.Severity == DiagnosticSeverity.Error);
            failedLines.Add(outcome.Line ?? -1);
            if (failures.Count < 10)
            {
                failures.Add($"  line {outcome.Line,3}  {error.Code}  {error.Path ?? "$"}: {Shorten(error.Message, 64)}");
            }

            continue;
        }

        evaluated++;
        manifest ??= assessment.Manifest;
        // Warnings, and errors such as an evaluator that failed (its findings are missing, never read as negative).
        foreach (var diagnostic in assessment.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information))
        {
            var key = $"{diagnostic.Code} {diagnostic.Severity.ToString().ToLowerInvariant()}";
            var (count, example) = diagnostics.GetValueOrDefault(key, (0, $"{diagnostic.Path}: {diagnostic.Message}"));
            diagnostics[key] = (count + 1, example);
        }

        foreach (var finding in assessment.Findings)
        {
            var key = $"{finding.Mechanism} {finding.Status}";
            findings[key] = findings.GetValueOrDefault(key) + 1;
        }
    }
}

// 3. What is in the cohort: a second, light pass over the records that were evaluated.
var diseases = new SortedDictionary<string, int>(StringComparer.Ordinal);
var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
int withLevels = 0, wholeBlood = 0, serum = 0, withRefills = 0, withGenotypes = 0;
long lineNumber = 0;
foreach (var line in File.ReadLines(cohortPath))
{
    if (failedLines.Contains(++lineNumber) || pipeline.Json.ReadProfile(line).Profile is not { } profile)
    {
        continue;
    }

    foreach (var disease in profile.Diagnoses.Select(d => d.Disease.Value).Distinct())
    {
        diseases[disease] = diseases.GetValueOrDefault(disease) + 1;
    }

    foreach (var course in profile.Therapies)
    {
        classes[course.Class.Value] = classes.GetValueOrDefault(course.Class.Value) + 1;
    }

    withLevels += profile.DrugLevels.IsEmpty ? 0 : 1;
    wholeBlood += profile.DrugLevels.Any(l => l.Matrix == SampleMatrix.WholeBlood) ? 1 : 0;
    serum += profile.DrugLevels.Any(l => l.Matrix == SampleMatrix.Serum) ? 1 : 0;
    withRefills += profile.RefillAdherence.IsEmpty ? 0 : 1;
    withGenotypes += profile.Genotypes.IsEmpty ? 0 : 1;
}

// 4. The summary.
Console.WriteLine("AutoimmuneResistance quick start (research tool, not a medical device)");
Console.WriteLine($"Cohort:   {Path.GetRelativePath(Environment.CurrentDirectory, cohortPath)}");
var failed = read - evaluated;
Console.WriteLine($"Records:  {read} read, {evaluated} evaluated, {failed} failed");
Console.WriteLine();
if (failed > 0)
{
    Console.WriteLine($"Failed records (first {failures.Count} of {failed}): line, code, JSON path: message");
    failures.ForEach(Console.WriteLine);
    Console.WriteLine();
}

if (diagnostics.Count > 0)
{
    Console.WriteLine("Diagnostics on evaluated records, by code:");
    foreach (var (code, (count, example)) in diagnostics)
    {
        Console.WriteLine($"  {code} x{count}, e.g. {Shorten(example, 72)}");
    }

    Console.WriteLine();
}

Console.WriteLine("Cohort composition (evaluated records):");
Console.WriteLine($"  patients by disease:       {Join(diseases)}");
Console.WriteLine("  therapy courses by class:");
foreach (var chunk in classes.Chunk(4))
{
    Console.WriteLine($"    {Join(chunk)}");
}

Console.WriteLine($"  patients with drug levels: {withLevels} (whole blood {wholeBlood}, serum {serum})");
Console.WriteLine($"  patients with refill data: {withRefills}; with genotypes: {withGenotypes}");
Console.WriteLine();

Console.WriteLine("Findings by mechanism and status:");
if (pipeline.Evaluators.IsEmpty)
{
    Console.WriteLine(pipeline.Diseases.IsEmpty
        ? "  none: no evaluators registered: add a disease module (for example .AddLupus()) or your own"
        : $"  none: no evaluators registered: the modules added ({string.Join(", ", pipeline.Diseases.Select(d => d.Id))}) provide none yet; add your own");
    Console.WriteLine("  evaluator (see samples/CustomEvaluator) to the pipeline builder above.");
}
else if (findings.Count == 0)
{
    Console.WriteLine($"  none: the {pipeline.Evaluators.Length} registered evaluators reported no findings.");
}
else
{
    foreach (var (key, count) in findings)
    {
        Console.WriteLine($"  {key,-60} {count,6}");
    }
}

Console.WriteLine();
Console.WriteLine(manifest is null
    ? "Manifest: no record was evaluated."
    : $"Manifest: library {manifest.LibraryVersion}; modules [{string.Join(", ", manifest.Modules.Select(m => $"{m.Disease} {m.Version}"))}]; "
        + $"evaluators {manifest.Evaluators.Length}; definition sets [{string.Join(", ", manifest.DefinitionSets.Select(d => $"{d.Id} {d.Version}"))}]");
return 0;

static string Join(IEnumerable<KeyValuePair<string, int>> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 3), "...");

// seeds/demo-cohort.jsonl of the repository this file is in; falls back to the repository above the working directory.
static string DefaultCohortPath([CallerFilePath] string sourceFile = "")
{
    var start = File.Exists(sourceFile) ? Path.GetDirectoryName(sourceFile)! : Environment.CurrentDirectory;
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            return Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl");
        }
    }

    throw new FileNotFoundException("Run from inside the repository, or pass the path of a JSON Lines cohort file.");
}

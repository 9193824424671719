#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus

// Quick start: stream the synthetic demo cohort (seeds/demo-cohort.jsonl) through a resistance pipeline and print a
// summary of what came out: the lupus findings as a mechanism x status table, how each therapy course was classified,
// and one finding in full, as a reader of the JSON output would see it.
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
var lupusEvaluators = pipeline.Evaluators.Where(e => e.AppliesTo.Contains(LupusIds.Sle)).Select(e => e.Id).ToHashSet();
var findings = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // mechanism -> supported, not supported, unknown
var courses = new SortedDictionary<TherapyOutcome, int>();
(Finding Finding, long? Line, int Rank)? shownFinding = null;
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

        foreach (var finding in assessment.Findings.Where(f => lupusEvaluators.Contains(f.Evaluator)))
        {
            var counts = findings.TryGetValue(finding.Mechanism.Value, out var found) ? found : findings[finding.Mechanism.Value] = new int[3];
            counts[(int)finding.Status - 1]++;
            if (finding.Detail is CourseClassificationDetail course)
            {
                courses[course.Response] = courses.GetValueOrDefault(course.Response) + 1;
            }

            // The example: the first refractory lupus nephritis finding, else the first supported one with thresholds.
            var rank = finding.Rule.Value == "sle.refractory-ln.arora-2022.met" ? 0
                : finding.Status == FindingStatus.Supported && !finding.Thresholds.IsEmpty && !finding.Citations.IsEmpty ? 1
                : 2;
            if (rank < (shownFinding?.Rank ?? 2))
            {
                shownFinding = (finding, outcome.Line, rank);
            }
        }
    }
}

// 3. What is in the cohort: a second, light pass over the records that were evaluated.
var diseases = new SortedDictionary<string, int>(StringComparer.Ordinal);
var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
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
    foreach (var kind in profile.Assessments.Select(KindOf).Where(k => k is not null))
    {
        kinds[kind!] = kinds.GetValueOrDefault(kind!) + 1;
    }
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
Console.WriteLine($"  lupus assessments:         {Join(kinds.Take(4))}");
Console.WriteLine($"                             {Join(kinds.Skip(4))}");
Console.WriteLine();

Console.WriteLine("Lupus findings by mechanism and status (a finding per course, visit or question, as each rule says):");
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
    Console.WriteLine($"  {"mechanism",-36} {"supported",10} {"not-supported",14} {"unknown",8}");
    foreach (var (mechanism, counts) in findings)
    {
        Console.WriteLine($"  {mechanism,-36} {counts[0],10} {counts[1],14} {counts[2],8}");
    }

    Console.WriteLine($"  {"total",-36} {findings.Values.Sum(c => c[0]),10} {findings.Values.Sum(c => c[1]),14} {findings.Values.Sum(c => c[2]),8}");
}

if (courses.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("Therapy courses by classification (sle.treatment-response):");
    foreach (var chunk in courses.Chunk(4))
    {
        Console.WriteLine($"  {string.Join(", ", chunk.Select(c => $"{Kebab(c.Key.ToString())} {c.Value}"))}");
    }
}

if (shownFinding is var (shown, exampleLine, _))
{
    // What one finding says: its verdict, the rule that decided it, the profile facts it read (JSON paths), the
    // thresholds it applied with the observed values, and the publications behind the rule.
    Console.WriteLine();
    Console.WriteLine($"One finding in full (line {exampleLine}, evaluator {shown.Evaluator}):");
    Console.WriteLine($"  status:     {Kebab(shown.Status.ToString())} for {shown.Mechanism}{(shown.On is { } on ? $" on {on:yyyy-MM-dd}" : string.Empty)} (evidence: {Kebab(shown.Grade.ToString())})");
    Console.WriteLine($"  rule:       {shown.Rule}");
    Wrap("summary:", shown.Summary);
    Wrap("facts:", string.Join(", ", shown.Facts.Take(8)) + (shown.Facts.Length > 8 ? $" and {shown.Facts.Length - 8} more" : string.Empty));
    foreach (var threshold in shown.Thresholds.Take(3))
    {
        var unit = threshold.Unit is { } u ? " " + QuantityUnits.ToUcum(u) : string.Empty;
        var met = threshold.IsMet switch { true => "met", false => "not met", null => "not observed" };
        Wrap("threshold:", $"{threshold.Name} {Symbol(threshold.Operator)} {threshold.Limit:0.##}{unit}: observed {threshold.Observed:0.##} ({met})");
    }

    foreach (var citation in shown.Citations.Take(2))
    {
        Wrap("citation:", citation.ToString());
    }
}

Console.WriteLine();
Console.WriteLine(manifest is null
    ? "Manifest: no record was evaluated."
    : $"Manifest: library {manifest.LibraryVersion}; modules [{string.Join(", ", manifest.Modules.Select(m => $"{m.Disease} {m.Version}"))}]; "
        + $"evaluators {manifest.Evaluators.Length}; definition sets [{string.Join(", ", manifest.DefinitionSets.Select(d => $"{d.Id} {d.Version}"))}]");
return 0;

static string Join(IEnumerable<KeyValuePair<string, int>> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

// The JSON kind of a lupus assessment, for the composition line; null for the core's recorded scores.
static string? KindOf(InstrumentAssessment assessment) => assessment switch
{
    Sledai2kVisit => "SLEDAI-2K",
    PhysicianGlobalAssessment => "PGA",
    BilagVisit => "BILAG-2004",
    DamageIndexAssessment => "damage index",
    InterferonGeneSignature => "interferon signature",
    BlysLevel => "BLyS",
    BCellDepletion => "B-cell depletion",
    MaintenanceTherapyReview => "maintenance therapy review",
    _ => null,
};

static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

static string Symbol(ComparisonOperator comparison) => comparison switch
{
    ComparisonOperator.LessThan => "<",
    ComparisonOperator.LessThanOrEqual => "<=",
    ComparisonOperator.GreaterThan => ">",
    ComparisonOperator.GreaterThanOrEqual => ">=",
    _ => "=",
};

// Prints a labelled value wrapped at 110 columns, continuation lines indented under the value.
static void Wrap(string label, string text)
{
    const int Width = 110;
    var prefix = $"  {label,-11} ";
    var line = new System.Text.StringBuilder(prefix);
    foreach (var word in text.Split(' '))
    {
        if (line.Length + word.Length + 1 > Width && line.Length > prefix.Length)
        {
            Console.WriteLine(line.ToString().TrimEnd());
            line.Clear().Append(' ', prefix.Length);
        }

        line.Append(word).Append(' ');
    }

    Console.WriteLine(line.ToString().TrimEnd());
}

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

#:project ../../src/AutoimmuneResistance
#:project ../../src/AutoimmuneResistance.Lupus
#:project ../../src/AutoimmuneResistance.SystemicSclerosis

// Quick start: stream the synthetic demo cohort (seeds/demo-cohort.jsonl) through a resistance pipeline and print what
// came out: the verdicts first (is the disease resisting treatment, to what, and why; the data that would settle what
// is still unknown), two patients' verdicts in full, then the rule-level findings underneath as a mechanism x status
// table.
//
//   dotnet run samples/QuickStart/quickstart.cs                     (from the repository root)
//   dotnet run samples/QuickStart/quickstart.cs -- my-cohort.jsonl  (any JSON Lines file of patient profiles)
//
// Research tool, not a medical device. Every subject in the demo cohort is synthetic.

using System.Runtime.CompilerServices;
using AutoimmuneResistance;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

var cohortPath = args.Length > 0 ? Path.GetFullPath(args[0]) : DefaultCohortPath();

// 1. Build the pipeline once; it is immutable and thread-safe. Disease modules plug in here (both in preview): the
//    demo cohort holds lupus and systemic sclerosis patients.
var pipeline = new ResistancePipelineBuilder()
    .AddLupus()
    .AddSystemicSclerosis()
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
var answers = new SortedDictionary<ResistanceAnswer, int>();
var therapyOutcomes = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // therapy -> shown, not shown, cannot tell
var needs = new Dictionary<string, int>(StringComparer.Ordinal); // the datum that would sharpen a verdict most, per patient
var shownVerdicts = new List<(ResistanceAssessment Assessment, long? Line)>(); // one "shown", one "cannot tell yet"
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

        // The verdict: the answer for the patient, per therapy across its courses, and the datum that would sharpen it.
        if (assessment.Verdict is { } verdict)
        {
            answers[verdict.Answer] = answers.GetValueOrDefault(verdict.Answer) + 1;
            foreach (var therapy in verdict.Therapies)
            {
                var counts = therapyOutcomes.TryGetValue(therapy.Name, out var found) ? found : therapyOutcomes[therapy.Name] = new int[3];
                counts[(int)therapy.Resistance - 1]++;
            }

            if (!verdict.WouldSharpen.IsEmpty)
            {
                needs[verdict.WouldSharpen[0].Datum] = needs.GetValueOrDefault(verdict.WouldSharpen[0].Datum) + 1;
            }

            // Two examples in full: the first patient with resistance shown in a named domain, and the first who cannot
            // tell yet because of a missing datum.
            if ((verdict.Answer == ResistanceAnswer.Shown && !verdict.Concerns.Domains.IsEmpty && !shownVerdicts.Any(v => v.Assessment.Verdict!.Answer == ResistanceAnswer.Shown))
                || (verdict.Answer == ResistanceAnswer.CannotTellYet && !verdict.WouldSharpen.IsEmpty && !verdict.Therapies.IsEmpty
                    && !shownVerdicts.Any(v => v.Assessment.Verdict!.Answer == ResistanceAnswer.CannotTellYet)))
            {
                shownVerdicts.Add((assessment, outcome.Line));
            }
        }

        foreach (var finding in assessment.Findings.Where(f => lupusEvaluators.Contains(f.Evaluator)))
        {
            var counts = findings.TryGetValue(finding.Mechanism.Value, out var found) ? found : findings[finding.Mechanism.Value] = new int[3];
            counts[(int)finding.Status - 1]++;
            if (finding.Detail is CourseClassificationDetail course)
            {
                courses[course.Response] = courses.GetValueOrDefault(course.Response) + 1;
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

Console.WriteLine("Verdicts: is the disease resisting treatment?");
Console.WriteLine($"  {string.Join(", ", answers.Select(a => $"{Answer(a.Key)} {a.Value}"))}");
Console.WriteLine("  per therapy (a verdict per drug across its courses): resistance shown / not shown / cannot tell yet");
foreach (var (therapy, counts) in therapyOutcomes.OrderByDescending(t => t.Value.Sum()).Take(8))
{
    Console.WriteLine($"    {therapy,-26} {counts[0],4} {counts[1],4} {counts[2],4}");
}

Console.WriteLine("  the datum that would sharpen a verdict most, by patients:");
foreach (var (datum, count) in needs.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(4))
{
    Console.WriteLine($"    {count,4}  {Shorten(datum, 96)}");
}

foreach (var (example, line) in shownVerdicts)
{
    var verdict = example.Verdict!;
    Console.WriteLine();
    Console.WriteLine($"One verdict in full (line {line}, subject {example.Subject}, as of {example.AsOf:yyyy-MM-dd}):");
    Wrap("answer:", Answer(verdict.Answer));
    Wrap("summary:", verdict.Summary);
    foreach (var therapy in verdict.Therapies)
    {
        var because = therapy.ExplainedBy.Where(l => l.Status != FindingStatus.NotSupported).Select(l => $"{l.Title} ({Kebab(l.Status.ToString())})").ToList();
        Wrap("therapy:", $"{therapy.Statement} [{Answer(therapy.Resistance)}; findings {string.Join(", ", therapy.Findings)}{(because.Count > 0 ? "; explained by " + string.Join(", ", because) : string.Empty)}]");
    }

    foreach (var domain in verdict.Domains)
    {
        Wrap("definition:", $"{domain.Statement} [{Answer(domain.Answer)}; findings {string.Join(", ", domain.Findings)}]");
    }

    var options = verdict.Domains.SelectMany(d => d.Options).Concat(verdict.Therapies.SelectMany(t => t.Options)).Where(o => !o.Has(TreatmentOptionTag.AlreadyTried)).DistinctBy(o => o.Key).Take(4).ToList();
    if (options.Count > 0)
    {
        Wrap("consider:", string.Join("; ", options.Select(o => $"{o.Title} ({Kebab(o.Grade.ToString())}, {o.Citations.FirstOrDefault()?.Authors.Split(',')[0]} {o.Citations.FirstOrDefault()?.Year})")));
    }

    foreach (var need in verdict.WouldSharpen.Take(3))
    {
        Wrap("sharpen:", $"{need.Datum} (would settle findings {string.Join(", ", need.Settles)})");
    }
}

Console.WriteLine();
Console.WriteLine("Lupus findings underneath, by mechanism and status (one per rule per patient, or per course):");
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

Console.WriteLine();
Console.WriteLine(manifest is null
    ? "Manifest: no record was evaluated."
    : $"Manifest: library {manifest.LibraryVersion}; modules [{string.Join(", ", manifest.Modules.Select(m => $"{m.Disease} {m.Version}"))}]; "
        + $"evaluators {manifest.Evaluators.Length}; definition sets [{string.Join(", ", manifest.DefinitionSets.Select(d => $"{d.Id} {d.Version}"))}]");
return 0;

static string Join(IEnumerable<KeyValuePair<string, int>> counts) => string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

static string Answer(ResistanceAnswer answer) => answer switch
{
    ResistanceAnswer.Shown => "resistance shown",
    ResistanceAnswer.NotShown => "resistance not shown",
    _ => "cannot tell yet",
};

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

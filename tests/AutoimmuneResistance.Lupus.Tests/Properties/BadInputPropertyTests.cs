using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoimmuneResistance.Lupus.Tests.DemoCohort;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>A worked example's valid instrument input after random structural mutations; prints the instrument, its source and the JSON.</summary>
public sealed record InstrumentCase(InstrumentId Instrument, string Source, string Json)
{
    public override string ToString() => $"{Instrument} (mutated from {Source}): {Json}";
}

/// <summary>One to four lines of demo cohort profiles, most of them mutated; prints one line per profile.</summary>
public sealed record CohortCase(string[] Lines)
{
    public override string ToString() => string.Join("\n", Lines);
}

/// <summary>
/// The bad-input properties' arbitraries: the valid inputs of the worked examples (every registered instrument has
/// some) and the valid lupus profiles of the demo cohort, mutated by <see cref="JsonMutator"/>. No shrinking; the
/// mutated JSON is in every failure message.
/// </summary>
internal static class BadInputArbitraries
{
    public static Arbitrary<InstrumentCase> InstrumentCases() =>
        (from seed in Gen.Elements(BadInputPropertyTests.InstrumentSeeds.Value.AsEnumerable())
         from mutations in JsonMutator.Mutations()
         select new InstrumentCase(seed.Instrument, seed.Source, JsonMutator.Apply(seed.Json, mutations))).ToArbitrary();

    // 1 to 4 profiles of the demo cohort, each mutated or (one time in four) left as it is.
    public static Arbitrary<CohortCase> CohortCases() =>
        (from count in Gen.Choose(1, 4)
         from lines in (from profile in Gen.Elements(BadInputPropertyTests.ProfileSeeds.Value.AsEnumerable())
                        from mutate in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
                        from mutations in JsonMutator.Mutations()
                        select mutate ? JsonMutator.Apply(profile, mutations) : profile).ArrayOf(count)
         select new CohortCase(lines)).ToArbitrary();
}

/// <summary>
/// The project's rule for bad input, checked on valid documents with random structural mutations
/// (<see cref="JsonMutator"/>): bad input gets a clear error naming the field (a JSON path) and the rule it broke (a
/// stable code), never an exception from deep inside, and in a cohort run every input record yields a result or an
/// error. Each failure message carries the mutated JSON, so a failing case can be replayed as a plain test.
/// </summary>
[Properties(Arbitrary = [typeof(BadInputArbitraries)])]
public sealed partial class BadInputPropertyTests
{
    private static readonly ResistancePipeline Pipeline = new ResistancePipelineBuilder().AddLupus().Build();

    // Folders of TestData whose files are one worked example each ({name|title, input, expected|expectedErrors}).
    private static readonly Dictionary<string, InstrumentId> SingleExampleFolders = new()
    {
        ["sledai-2k"] = LupusIds.Sledai2k,
        ["sri-4"] = LupusIds.Sri4,
        ["classification-2019"] = LupusIds.Classification2019,
        ["damage-index"] = LupusIds.DamageIndex,
        ["sle-das"] = LupusIds.SleDas,
        ["slicc-2012"] = LupusIds.Slicc2012Classification,
    };

    // Folders of TestData whose files are {instrument, cases: [{name, input, expected}]}.
    private static readonly string[] CaseListFolders = ["doris", "glucocorticoids", "hydroxychloroquine", "lldas", "nephritis"];

    internal static readonly Lazy<ImmutableArray<InstrumentSeed>> InstrumentSeeds = new(LoadInstrumentSeeds);

    internal static readonly Lazy<ImmutableArray<string>> ProfileSeeds = new(LoadProfileSeeds);

    [Fact]
    public void Every_registered_instrument_has_valid_seed_documents()
    {
        var seeds = InstrumentSeeds.Value;
        foreach (var instrument in Pipeline.Instruments)
        {
            var own = seeds.Where(s => s.Instrument == instrument.Id).ToList();
            Assert.True(own.Count > 0, $"no valid worked example in TestData for {instrument.Id}; add one so the bad-input properties cover it");
            foreach (var seed in own)
            {
                var computation = Pipeline.ComputeInstrument(seed.Instrument, Encoding.UTF8.GetBytes(seed.Json));
                Assert.False(computation.HasErrors, $"{seed.Source}: {string.Join("; ", computation.Diagnostics)}");
            }
        }
    }

    [Property(MaxTest = 1000)]
    public void A_mutated_instrument_input_gives_a_result_or_path_qualified_errors_and_never_throws(InstrumentCase c)
    {
        InstrumentComputation computation;
        try
        {
            computation = Pipeline.ComputeInstrument(c.Instrument, Encoding.UTF8.GetBytes(c.Json));
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"ComputeInstrument threw for {c}\n{e}");
        }

        var errors = computation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (computation.ResultJson is { } result)
        {
            Assert.True(errors.Count == 0, $"a result and errors for {c}:\n{string.Join("\n", errors)}");
            using var document = JsonDocument.Parse(result);
        }
        else
        {
            Assert.True(errors.Count > 0, $"neither a result nor an error for {c}:\n{string.Join("\n", computation.Diagnostics)}");
        }

        // Instrument diagnostics carry JSON paths into the input document (docs/diagnostics.md, lupus module).
        foreach (var diagnostic in computation.Diagnostics)
        {
            AssertWellFormed(diagnostic, c.ToString());
        }
    }

    [Property(MaxTest = 500)]
    public void Every_line_of_a_mutated_cohort_yields_one_outcome_and_a_readable_valid_profile_never_fails_an_evaluator(CohortCase c)
    {
        var outcomes = new List<CohortOutcome>();
        try
        {
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", c.Lines) + "\n");
            outcomes.AddRange(Pipeline.EvaluateJsonLinesAsync(new MemoryStream(bytes)).ToBlockingEnumerable());
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"EvaluateJsonLinesAsync threw for\n{c}\n{e}");
        }

        Assert.True(outcomes.Count == c.Lines.Length, $"{c.Lines.Length} lines gave {outcomes.Count} outcomes:\n{c}");
        for (var i = 0; i < c.Lines.Length; i++)
        {
            var line = c.Lines[i];
            var outcome = outcomes[i];
            Assert.Equal(i, outcome.Index);
            Assert.Equal(i + 1, outcome.Line);
            Assert.True(outcome.Assessment is not null ^ !outcome.Errors.IsEmpty, $"line {i + 1}: neither or both of an assessment and errors:\n{line}");

            // An unexpected exception caught per record is still a crash deep inside.
            var diagnostics = outcome.Assessment?.Diagnostics ?? outcome.Errors;
            Assert.True(
                !diagnostics.Any(d => d.Code == DiagnosticCodes.RecordFailed),
                $"line {i + 1} crashed:\n{string.Join("\n", diagnostics)}\n{line}");
            foreach (var error in outcome.Errors.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                AssertWellFormed(error, line);
            }

            var read = Pipeline.Json.ReadProfile(line);
            if (read.Profile is null || Pipeline.Validate(read.Profile).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Assert.True(outcome.Assessment is null, $"line {i + 1} is invalid but was evaluated:\n{line}");
                continue;
            }

            // A profile that reads and validates cleanly is evaluated, and no evaluator throws on it.
            Assert.True(outcome.Assessment is not null, $"line {i + 1} is valid but gave errors:\n{string.Join("\n", outcome.Errors)}\n{line}");
            var failed = outcome.Assessment.Diagnostics.Where(d => d.Code == DiagnosticCodes.EvaluatorFailed).ToList();
            Assert.True(failed.Count == 0, $"line {i + 1}: an evaluator failed on a valid profile:\n{string.Join("\n", failed)}\n{line}");
        }
    }

    private static void AssertWellFormed(EvaluationDiagnostic diagnostic, string input)
    {
        Assert.True(CodePattern().IsMatch(diagnostic.Code), $"diagnostic code '{diagnostic.Code}' is not AIR####: {diagnostic}\n{input}");
        Assert.True(!string.IsNullOrWhiteSpace(diagnostic.Message), $"diagnostic without a message: {diagnostic}\n{input}");
        Assert.True(diagnostic.Path is { } path && path.StartsWith('$'), $"diagnostic without a JSON path: {diagnostic}\n{input}");
    }

    private static ImmutableArray<InstrumentSeed> LoadInstrumentSeeds()
    {
        var seeds = ImmutableArray.CreateBuilder<InstrumentSeed>();
        var root = Path.Combine(AppContext.BaseDirectory, "TestData");
        foreach (var (folder, instrument) in SingleExampleFolders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
            {
                var example = JsonNode.Parse(File.ReadAllText(file))!;
                if (example["expected"] is not null)
                {
                    seeds.Add(new InstrumentSeed(instrument, $"{folder}/{Path.GetFileName(file)}", example["input"]!.ToJsonString()));
                }
            }
        }

        foreach (var folder in CaseListFolders)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.json").Order(StringComparer.Ordinal))
            {
                var examples = JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!;
                var instrument = InstrumentId.Create((string)examples["instrument"]!);
                foreach (var example in examples["cases"]!.AsArray())
                {
                    if (example!["expected"]!["errors"] is null)
                    {
                        seeds.Add(new InstrumentSeed(instrument, $"{folder}/{Path.GetFileName(file)}: {(string)example["name"]!}", example["input"]!.ToJsonString()));
                    }
                }
            }
        }

        return seeds.ToImmutable();
    }

    // The demo cohort's lupus profiles that read and validate without errors (9 records are invalid on purpose).
    private static ImmutableArray<string> LoadProfileSeeds() =>
    [
        .. File.ReadLines(DemoCohortFixture.CohortPath)
            .Where(line => line.Length > 0)
            .Where(line =>
            {
                var read = Pipeline.Json.ReadProfile(line);
                return read.Profile is { } profile
                    && profile.Diagnoses.Any(d => d.Disease == LupusIds.Sle)
                    && !Pipeline.Validate(profile).Any(d => d.Severity == DiagnosticSeverity.Error);
            }),
    ];

    [GeneratedRegex("^AIR[0-9]{4}$")]
    private static partial Regex CodePattern();

    internal sealed record InstrumentSeed(InstrumentId Instrument, string Source, string Json);
}

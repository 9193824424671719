using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoimmuneResistance.Lupus.Tests.DemoCohort;
using AutoimmuneResistance.SystemicSclerosis;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>
/// The demo cohort with marker values in random places: every record, several times, with one to four of its leaf
/// values replaced by markers (strings by marker strings of valid and invalid shapes, numbers by marker numbers in and
/// out of range, dates by marker dates, now and then a marker of the other JSON type). Read, validated and evaluated by
/// the default pipeline, no marker comes back in a message or a path and no diagnostic has a detail; the same
/// documents through a pipeline that includes values give the same diagnostics, and markers do come back in details,
/// so the test demonstrably sees values where they are. Deterministic: FsCheck generates the mutations from a fixed seed.
/// </summary>
public sealed partial class DiagnosticValueFuzzTests(ITestOutputHelper output)
{
    // Mutated copies of each record, and the seed of the generator that mutates them.
    private const int CopiesPerRecord = 10;
    private const ulong Seed = 20_261_207;

    // Measured on this cohort and seed: 2990 documents (405 of them free of errors, so evaluated) hit 15 distinct codes
    // (AIR1001, AIR1002, AIR1004, AIR1005, AIR1010, AIR1102-AIR1105, AIR1107, AIR1108, AIR1110, AIR1111, AIR2104,
    // AIR2401), and 1133 diagnostics carry a marker in their detail when values are included. The floors sit a little
    // below, so that the test cannot silently become vacuous (mutations that no longer reach a rule, details no longer
    // filled) while a small edit of the cohort still passes. Every lupus code is produced on purpose by
    // DiagnosticValueTests; this test is about values in places nobody thought of.
    private const int DistinctCodesFloor = 13;
    private const int MarkerDetailsFloor = 900;

    private static readonly string[] MarkerDates = [DiagnosticValueTests.Date1, DiagnosticValueTests.Date2, DiagnosticValueTests.Date3, DiagnosticValueTests.FutureDate, DiagnosticValueTests.OldDate];

    // Dates in shapes the reader refuses, each holding a marker date.
    private static readonly string[] MarkerBadDates = ["2019-03-17T08:30:00Z", "2019-03-17 ", "x2021-11-23", "2024-05-29/2031-07-29"];

    // Marker strings in shapes an identifier, code or enumeration accepts, and in shapes none accepts.
    private static readonly string[] MarkerTexts = ["zqxmark", "zqxmark-0001", "sle.zqxmark", "zqxmark.zqxmark-2", "ZQXMARK", "Zqxmark Ω", " zqxmark", "zqxmark!\n", "zqxmark/L", string.Concat(Enumerable.Repeat("zqxmark-", 30))];

    // Marker numbers in range (for most fields), and out of range or of the wrong form.
    private static readonly string[] MarkerNumbers = ["47.3", "2.718", "0.31337", "987.654", "31337", "-31337", "31337.5", "-987.654"];

    private static readonly ResistancePipeline Default = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();

    private static readonly ResistancePipeline WithValues = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().IncludeValuesInDiagnostics().Build();

    [Fact]
    public void Marker_values_anywhere_in_the_demo_cohort_stay_out_of_diagnostics_unless_values_are_asked_for()
    {
        var records = File.ReadLines(DemoCohortFixture.CohortPath).Where(line => line.Length > 0).ToList();
        var documents = records.Select(Parse).ToList();
        var plans = Plans().Sample(size: 50, seed: new Rnd(Seed), numberOfSamples: records.Count * CopiesPerRecord);

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var markerDetails = 0;
        var mutations = 0;
        var mutated = 0;
        var evaluated = 0;
        for (var i = 0; i < plans.Length; i++)
        {
            if (documents[i % records.Count] is not { } original)
            {
                continue; // a record of the cohort that is not JSON (on purpose): nothing to put a marker in
            }

            var document = original.DeepClone();
            mutations += Mutate(document, plans[i]);
            mutated++;
            var json = document.ToJsonString();

            var shown = DiagnosticValueTests.ReadValidateEvaluate(Default, json);
            evaluated += shown.Any(d => d.Severity == DiagnosticSeverity.Error) ? 0 : 1;
            foreach (var diagnostic in shown)
            {
                DiagnosticValueTests.AssertNoValue(diagnostic, json);
                codes.Add(diagnostic.Code);
            }

            var withValues = DiagnosticValueTests.ReadValidateEvaluate(WithValues, json);
            Assert.True(
                shown.Select(Shape).SequenceEqual(withValues.Select(Shape)),
                $"including values changed the diagnostics:\n{string.Join("\n", shown)}\n--\n{string.Join("\n", withValues)}\n{json}");
            markerDetails += withValues.Count(d => d.Value is { } detail && DiagnosticValueTests.Markers.Any(m => detail.Contains(m, StringComparison.OrdinalIgnoreCase)));
        }

        output.WriteLine($"{records.Count} records, {mutated} mutated documents ({evaluated} evaluated), {mutations} leaf values replaced; {codes.Count} distinct codes: {string.Join(", ", codes)}; {markerDetails} diagnostics with a marker in their detail when values are included");
        Assert.True(codes.Count >= DistinctCodesFloor, $"only {codes.Count} distinct codes were hit (floor {DistinctCodesFloor}): {string.Join(", ", codes)}");
        Assert.True(markerDetails >= MarkerDetailsFloor, $"only {markerDetails} diagnostics showed a marker in their detail with values included (floor {MarkerDetailsFloor})");
    }

    private static JsonNode? Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string, DiagnosticSeverity, string, string?) Shape(EvaluationDiagnostic d) => (d.Code, d.Severity, d.Message, d.Path);

    // One to four replacements: which leaf (a field, then one of its values, modulo their numbers), which marker (modulo the markers for the
    // leaf's kind), and, one time in four, a marker of the other JSON type. Mostly one replacement, so that many
    // documents stay readable and reach validation and the evaluators.
    private static Gen<Replacement[]> Plans() =>
        from count in Gen.Frequency((4, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Choose(3, 4)))
        from replacements in (from leaf in Gen.Choose(0, 1_000_000)
                              from marker in Gen.Choose(0, 1_000_000)
                              from otherType in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                              select new Replacement(leaf, marker, otherType)).ArrayOf(count)
        select replacements;

    private static int Mutate(JsonNode document, Replacement[] plan)
    {
        foreach (var replacement in plan)
        {
            // A field first, each equally likely (so that a field of a few records, such as a damage item's date, is
            // hit as often as an observation's value), then one of its values.
            var fields = Fields(document);
            var leaves = fields[replacement.Leaf % fields.Count];
            var (parent, key, index, value) = leaves[replacement.Leaf / fields.Count % leaves.Count];
            var marker = Marker(value, replacement);
            if (parent is JsonObject obj)
            {
                obj[key!] = marker;
            }
            else
            {
                ((JsonArray)parent)[index] = marker;
            }
        }

        return plan.Length;
    }

    private static JsonNode Marker(JsonValue value, Replacement replacement)
    {
        // A marker of the leaf's own JSON type, or of the other one (always for a Boolean, which has no marker).
        var kind = value.GetValueKind();
        var number = kind == JsonValueKind.Number ? !replacement.OtherType : kind != JsonValueKind.String || replacement.OtherType;
        if (number)
        {
            return JsonNode.Parse(MarkerNumbers[replacement.Marker % MarkerNumbers.Length])!;
        }

        if (kind == JsonValueKind.String && IsoDate().IsMatch(value.GetValue<string>()))
        {
            return replacement.Marker % 4 == 0
                ? JsonValue.Create(MarkerBadDates[replacement.Marker / 4 % MarkerBadDates.Length])
                : JsonValue.Create(MarkerDates[replacement.Marker % MarkerDates.Length]);
        }

        return JsonValue.Create(MarkerTexts[replacement.Marker % MarkerTexts.Length]);
    }

    // Every string, number and Boolean of the document, with the object member or array element that holds it,
    // grouped by field (the path without list indices, such as assessments[].items[].since), in document order.
    private static List<List<Leaf>> Fields(JsonNode root)
    {
        var fields = new Dictionary<string, List<Leaf>>(StringComparer.Ordinal);
        Visit(root, "$");
        return [.. fields.Values];

        void Visit(JsonNode node, string field)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        Add(obj, key, -1, child, field + "." + key);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Add(array, null, i, array[i], field + "[]");
                    }

                    break;
            }
        }

        void Add(JsonNode parent, string? key, int index, JsonNode? child, string field)
        {
            if (child is JsonValue value)
            {
                if (!fields.TryGetValue(field, out var leaves))
                {
                    fields[field] = leaves = [];
                }

                leaves.Add(new Leaf(parent, key, index, value));
            }
            else if (child is not null)
            {
                Visit(child, field);
            }
        }
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    private readonly record struct Replacement(int Leaf, int Marker, bool OtherType);

    private sealed record Leaf(JsonNode Parent, string? Key, int Index, JsonValue Value);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>
/// The treat-to-target properties' arbitraries: LLDAS and DORIS inputs with any subset of SLEDAI-2K descriptors (or no
/// visit), a PGA and a prednisone dose in and out of range or missing, and every flag true, false or unknown. No
/// shrinking.
/// </summary>
internal static class TreatToTargetArbitraries
{
    private static readonly Gen<bool?> Flags = Gen.Elements<bool?>(null, false, true);

    private static readonly Gen<LldasInput> LldasInputGen =
        from present in Gen.SubListOf(Sledai2kDescriptors.All.ToArray())
        from hasVisit in Gen.Elements(true, true, false)
        from pga in Gen.Choose(-1, 30)
        from prednisone in Gen.Choose(-1, 150)
        from flags in Gen.ArrayOf(Flags, 5)
        select new LldasInput
        {
            Sledai = hasVisit ? new Sledai2kVisit { On = new DateOnly(2024, 3, 1), Present = [.. present] } : null,
            PhysicianGlobalAssessment = pga < 0 ? null : pga / 10m,
            PrednisoneEquivalent = prednisone < 0 ? null : Dose.Milligrams(prednisone / 10m),
            HaemolyticAnaemia = flags[0],
            GastrointestinalActivity = flags[1],
            NewFeaturesSincePreviousAssessment = flags[2],
            MaintenanceTherapyWellTolerated = flags[3],
            InvestigationalDrug = flags[4],
        };

    private static readonly Gen<DorisRemissionInput> DorisInputGen =
        from present in Gen.SubListOf(Sledai2kDescriptors.All.ToArray())
        from hasVisit in Gen.Elements(true, true, false)
        from pga in Gen.Choose(-1, 30)
        from prednisone in Gen.Choose(-1, 100)
        from stable in Flags
        from strict in Gen.Elements(false, true)
        select new DorisRemissionInput
        {
            Definitions = strict ? TreatToTargetDefinitions.DorisStrict.Id : null,
            Sledai = hasVisit ? new Sledai2kVisit { On = new DateOnly(2024, 3, 1), Present = [.. present] } : null,
            PhysicianGlobalAssessment = pga < 0 ? null : pga / 10m,
            PrednisoneEquivalent = prednisone < 0 ? null : Dose.Milligrams(prednisone / 10m),
            StableMaintenanceTherapy = stable,
        };

    public static Arbitrary<LldasInput> LldasInputs() => LldasInputGen.ToArbitrary();

    public static Arbitrary<DorisRemissionInput> DorisInputs() => DorisInputGen.ToArbitrary();
}

[Properties(Arbitrary = [typeof(TreatToTargetArbitraries)])]
public sealed class TreatToTargetPropertyTests
{
    private static IEnumerable<LldasInput> Removals(LldasInput input) =>
    [
        input with { Sledai = null },
        input with { PhysicianGlobalAssessment = null },
        input with { PrednisoneEquivalent = null },
        input with { HaemolyticAnaemia = null },
        input with { GastrointestinalActivity = null },
        input with { NewFeaturesSincePreviousAssessment = null },
        input with { MaintenanceTherapyWellTolerated = null },
        input with { InvestigationalDrug = null },
    ];

    private static IEnumerable<DorisRemissionInput> Removals(DorisRemissionInput input) =>
    [
        input with { Sledai = null },
        input with { PhysicianGlobalAssessment = null },
        input with { PrednisoneEquivalent = null },
        input with { StableMaintenanceTherapy = null },
    ];

    internal static bool NeverFlips(CriterionState before, CriterionState after) =>
        before == CriterionState.Unknown ? after == CriterionState.Unknown : after == before || after == CriterionState.Unknown;

    internal static bool NeverFlips(IReadOnlyList<CriterionCheck> before, IReadOnlyList<CriterionCheck> after) =>
        before.Count == after.Count && before.Zip(after).All(p => p.First.Id == p.Second.Id && NeverFlips(p.First.State, p.Second.State));

    [Property(MaxTest = 200)]
    public bool Removing_an_lldas_input_never_flips_met_and_not_met(LldasInput input)
    {
        var instrument = new LldasInstrument();

        var full = instrument.Compute(input);
        return Removals(input).All(reduced =>
        {
            var partial = instrument.Compute(reduced);
            return NeverFlips(full.State, partial.State) && NeverFlips(full.Criteria, partial.Criteria);
        });
    }

    [Property(MaxTest = 200)]
    public bool Removing_a_doris_input_never_flips_met_and_not_met(DorisRemissionInput input)
    {
        var instrument = new DorisRemissionInstrument();

        var full = instrument.Compute(input);
        return Removals(input).All(reduced =>
        {
            var partial = instrument.Compute(reduced);
            return NeverFlips(full.State, partial.State) && NeverFlips(full.Criteria, partial.Criteria);
        });
    }

    [Property(MaxTest = 200)]
    public bool Lldas_inputs_and_results_round_trip_through_json(LldasInput input)
    {
        var instrument = new LldasInstrument();
        return RoundTrips(input) && RoundTrips(instrument.Compute(input));
    }

    [Property(MaxTest = 200)]
    public bool Doris_inputs_and_results_round_trip_through_json(DorisRemissionInput input)
    {
        var instrument = new DorisRemissionInstrument();
        return RoundTrips(input) && RoundTrips(instrument.Compute(input));
    }

    [Fact]
    public void The_subset_matcher_catches_a_difference()
    {
        Assert.ThrowsAny<Exception>(() => TargetWorkedExamples.AssertSubset(JsonNode.Parse("""{"a":1}"""), JsonNode.Parse("""{"a":2}"""), "$"));
        Assert.ThrowsAny<Exception>(() => TargetWorkedExamples.AssertSubset(JsonNode.Parse("""{"c":{"x":"met"}}"""), JsonNode.Parse("""{"c":[{"id":"x","state":"unknown"}]}"""), "$"));
    }

    // Serializes with the pipeline's options, reads back, and serializes again: the two documents must be identical.
    internal static bool RoundTrips<T>(T value)
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)TargetWorkedExamples.Pipeline.Json.Options.GetTypeInfo(typeof(T));
        var first = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(first, info);
        var second = JsonSerializer.Serialize(back!, info);
        Assert.Equal(first, second);
        return true;
    }
}

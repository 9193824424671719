using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>
/// The nephritis properties' arbitraries: response inputs (a baseline UPCR in g/g or mg/mmol, follow-ups with a UPCR and
/// an eGFR each present or missing, KDIGO 2024 definitions or the default) and refractory inputs (induction courses with
/// a response and adherence each known or not). No shrinking.
/// </summary>
internal static class NephritisArbitraries
{
    private static readonly DateOnly Start = new(2023, 1, 1);

    private static readonly Gen<NephritisResponseInput> InputGen =
        from baseline in Gen.Choose(1, 800)
        from baselineEgfr in Gen.Choose(-1, 150)
        from unit in Gen.Elements(QuantityUnit.GramPerGram, QuantityUnit.MilligramPerMillimole)
        from kdigo in Gen.Elements(false, true)
        from followUps in Gen.ListOf(
            from day in Gen.Choose(1, 500)
            from protein in Gen.Choose(-1, 900)
            from egfr in Gen.Choose(-1, 150)
            select new RenalMeasurement
            {
                On = Start.AddDays(day),
                Proteinuria = protein < 0 ? null : Proteinuria.Create(unit == QuantityUnit.GramPerGram ? protein / 100m : protein, unit),
                Egfr = egfr < 0 ? null : NephritisTests.Egfr(egfr),
            })
        select new NephritisResponseInput
        {
            Definitions = kdigo ? NephritisResponseDefinitions.Kdigo2024.Id : null,
            Baseline = new RenalMeasurement
            {
                On = Start,
                Proteinuria = Proteinuria.Create(unit == QuantityUnit.GramPerGram ? baseline / 100m : baseline, unit),
                Egfr = baselineEgfr <= 0 ? null : NephritisTests.Egfr(baselineEgfr),
            },
            FollowUps = [.. followUps],
        };

    private static readonly Gen<RefractoryNephritisInput> RefractoryInputGen =
        from courses in Gen.ListOf(
            from therapy in Gen.Elements(TherapyId.MycophenolateMofetil, TherapyId.Cyclophosphamide, TherapyId.Rituximab, TherapyId.Tacrolimus)
            from start in Gen.Choose(0, 700)
            from length in Gen.Choose(0, 300)
            from response in Gen.Elements<NephritisResponseCategory?>(null, NephritisResponseCategory.NoResponse, NephritisResponseCategory.NoResponse, NephritisResponseCategory.Partial, NephritisResponseCategory.TooEarly)
            from adherent in Gen.Elements<bool?>(null, true, true, false)
            select new InductionCourse
            {
                Therapies = [therapy],
                Start = Start.AddDays(start),
                AssessedOn = Start.AddDays(start + length),
                Response = response,
                Adherent = adherent,
            })
        select new RefractoryNephritisInput { Inductions = [.. courses] };

    public static Arbitrary<NephritisResponseInput> ResponseInputs() => InputGen.ToArbitrary();

    public static Arbitrary<RefractoryNephritisInput> RefractoryInputs() => RefractoryInputGen.ToArbitrary();
}

[Properties(Arbitrary = [typeof(NephritisArbitraries)])]
public sealed class NephritisPropertyTests
{
    [Property(MaxTest = 200)]
    public bool Removing_an_egfr_never_flips_a_criterion(NephritisResponseInput input)
    {
        var instrument = new NephritisResponseInstrument();

        var full = instrument.Compute(input);
        var noBaseline = instrument.Compute(input with { Baseline = input.Baseline with { Egfr = null } });
        var noFollowUp = instrument.Compute(input with { FollowUps = [.. input.FollowUps.Select(f => f with { Egfr = null })] });
        return TreatToTargetPropertyTests.NeverFlips(full.Criteria, noBaseline.Criteria)
            && TreatToTargetPropertyTests.NeverFlips(full.Criteria, noFollowUp.Criteria)
            && (noBaseline.Response == full.Response || noBaseline.Response is NephritisResponseCategory.Unknown or NephritisResponseCategory.TooEarly);
    }

    [Property(MaxTest = 200)]
    public bool Removing_a_response_or_adherence_never_flips_refractory_state(RefractoryNephritisInput input)
    {
        var instrument = new RefractoryNephritisInstrument();

        var full = instrument.Compute(input).State;
        var noAdherence = instrument.Compute(input with { Inductions = [.. input.Inductions.Select(c => c with { Adherent = null })] }).State;
        var noResponse = instrument.Compute(input with { Inductions = [.. input.Inductions.Select(c => c with { Response = null })] }).State;
        return TreatToTargetPropertyTests.NeverFlips(full, noAdherence) && TreatToTargetPropertyTests.NeverFlips(full, noResponse);
    }

    [Property(MaxTest = 200)]
    public bool Nephritis_inputs_and_results_round_trip_through_json(NephritisResponseInput input)
    {
        var instrument = new NephritisResponseInstrument();
        return TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Compute(input));
    }

    [Property(MaxTest = 200)]
    public bool Refractory_inputs_and_results_round_trip_through_json(RefractoryNephritisInput input)
    {
        var instrument = new RefractoryNephritisInstrument();
        return TreatToTargetPropertyTests.RoundTrips(input) && TreatToTargetPropertyTests.RoundTrips(instrument.Compute(input));
    }
}

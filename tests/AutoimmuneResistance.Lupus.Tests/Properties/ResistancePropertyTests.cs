using AutoimmuneResistance.Lupus.Tests.Vignettes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Properties;

/// <summary>Vignette V2 with random hydroxychloroquine levels, refill adherence (or none) and later UPCR values; prints as its JSON.</summary>
public sealed record AdherenceVariant(PatientProfile Profile)
{
    public override string ToString() => LupusProfiles.Pipeline.Json.Serialize(Profile);
}

/// <summary>A further induction for vignette V2: the month (0-12) after 2023-04-01 it starts, and its therapy.</summary>
public sealed record ExtraInduction(int Month, TherapyId Therapy)
{
    public override string ToString() => $"{Therapy} from month {Month}";
}

/// <summary>
/// The resistance properties' arbitraries: variants of vignette V2 (hydroxychloroquine levels 0-1500 ng/mL, refills
/// with a PDC of 0-100 % or none, UPCR 0.5-4 g/g after February 2022) and further inductions of mycophenolate or
/// cyclophosphamide. No shrinking.
/// </summary>
internal static class ResistanceArbitraries
{
    // Profiles around vignette V2 with random hydroxychloroquine levels, refills and UPCR values.
    public static Arbitrary<AdherenceVariant> Variants() =>
        (from firstLevel in Gen.Choose(0, 1500)
         from secondLevel in Gen.Choose(0, 1500)
         from pdc in Gen.Choose(0, 100)
         from withRefills in Gen.Elements(true, false)
         from upcrTenths in Gen.Choose(5, 40)
         select new AdherenceVariant(WithData(firstLevel, secondLevel, pdc, withRefills, upcrTenths))).ToArbitrary();

    private static PatientProfile WithData(int firstLevel, int secondLevel, int pdc, bool withRefills, int upcrTenths)
    {
        var v2 = VignetteProfiles.V2();
        return v2 with
        {
            DrugLevels =
            [
                v2.DrugLevels[0] with { Level = Concentration.Create(firstLevel, QuantityUnit.NanogramPerMilliliter) },
                v2.DrugLevels[1] with { Level = Concentration.Create(secondLevel, QuantityUnit.NanogramPerMilliliter) },
            ],
            RefillAdherence = withRefills
                ? [new RefillAdherence { Therapy = TherapyId.MycophenolateMofetil, From = new DateOnly(2022, 2, 1), To = new DateOnly(2022, 8, 1), ProportionOfDaysCovered = Percentage.FromPercent(pdc) }]
                : [],
            Observations =
            [
                .. v2.Observations.Select(o => o.Code.Code == "2890-2" && o.On > new DateOnly(2022, 2, 1)
                    ? o with { Value = Quantity.Create(upcrTenths / 10m, QuantityUnit.GramPerGram) }
                    : o),
            ],
        };
    }

    public static Arbitrary<ExtraInduction> ExtraInductions() =>
        (from month in Gen.Choose(0, 12)
         from therapy in Gen.Elements(TherapyId.MycophenolateMofetil, TherapyId.MycophenolicAcid, TherapyId.Cyclophosphamide)
         select new ExtraInduction(month, therapy)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(ResistanceArbitraries)])]
public sealed class ResistancePropertyTests
{
    [Property(MaxTest = 60)]
    public void Removing_adherence_evidence_never_turns_not_supported_into_supported(AdherenceVariant variant)
    {
        var profile = variant.Profile;
        var with = LupusProfiles.Pipeline.Evaluate(profile).Findings;
        var without = LupusProfiles.Pipeline.Evaluate(profile with { DrugLevels = [], RefillAdherence = [] }).Findings;
        foreach (var before in with.Where(f => f.Status == FindingStatus.NotSupported))
        {
            var after = without.Where(f => f.Evaluator == before.Evaluator && f.Mechanism == before.Mechanism && f.Therapy == before.Therapy);
            Assert.DoesNotContain(after, f => f.Status == FindingStatus.Supported);
        }
    }

    [Property(MaxTest = 60)]
    public void An_extra_failed_adequate_induction_never_makes_refractory_nephritis_not_refractory(ExtraInduction extra)
    {
        var v2 = VignetteProfiles.V2();
        Assert.Equal(FindingStatus.Supported, Refractory(v2));

        // A further induction starting after the second, adequate (6 months), adherent and without renal response.
        var start = new DateOnly(2023, 4, 1).AddMonths(extra.Month);
        var course = new TherapyCourse
        {
            Therapy = extra.Therapy,
            Class = extra.Therapy == TherapyId.Cyclophosphamide ? TherapyClass.AlkylatingAgent : TherapyClass.Antimetabolite,
            Route = extra.Therapy == TherapyId.Cyclophosphamide ? Route.Intravenous : Route.Oral,
            Start = start,
            End = start.AddMonths(6),
            Regimen = extra.Therapy == TherapyId.Cyclophosphamide
                ? new DoseRegimen(Dose.Milligrams(500m), intervalDays: 14)
                : DoseRegimen.Daily(Dose.Milligrams(2160m)),
        };
        var longer = v2 with
        {
            Therapies = [.. v2.Therapies, course],
            DrugLevels = [.. v2.DrugLevels, v2.DrugLevels[0] with { On = start.AddMonths(3) }],
            Observations =
            [
                .. v2.Observations,
                new Observation { On = start, Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(2.9m, QuantityUnit.GramPerGram) },
                new Observation { On = start, Code = ClinicalCode.Loinc("98979-8"), Value = Quantity.Create(90m, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter) },
                new Observation { On = start.AddMonths(6), Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(2.9m, QuantityUnit.GramPerGram) },
                new Observation { On = start.AddMonths(6), Code = ClinicalCode.Loinc("98979-8"), Value = Quantity.Create(90m, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter) },
            ],
        };

        Assert.Equal(FindingStatus.Supported, Refractory(longer));
    }

    private static FindingStatus Refractory(PatientProfile profile) =>
        Assert.Single(LupusProfiles.Pipeline.Evaluate(profile).Findings, f => f.Mechanism == LupusMechanisms.RefractoryNephritis).Status;
}

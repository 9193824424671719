using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

/// <summary>A pharmacogenomics dosing case: a TPMT and a NUDT15 phenotype, a CYP3A5 diplotype, a configured tacrolimus standard starting dose (mg/kg/day) and two body weights.</summary>
public sealed record PgxDosingCase(string Tpmt, string Nudt15, string Cyp3a5, decimal TacrolimusStandard, decimal Kilograms, decimal OtherKilograms)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"TPMT {Tpmt}, NUDT15 {Nudt15}, CYP3A5 {Cyp3a5}, tacrolimus standard {TacrolimusStandard} mg/kg/day, {Kilograms} kg and {OtherKilograms} kg");
}

/// <summary>The pharmacogenomics dosing arbitraries: every CPIC phenotype of TPMT and NUDT15, CYP3A5 diplotypes of each phenotype, a tacrolimus standard dose 0.05-0.25 mg/kg/day (so the 0.3 ceiling binds for some) and weights 3-250 kg in 0.1 kg steps. No shrinking.</summary>
internal static class PharmacogenomicsArbitraries
{
    private static readonly string[] Thiopurine = ["normal-metabolizer", "extensive-metabolizer", "intermediate-metabolizer", "possible-intermediate-metabolizer", "poor-metabolizer"];

    public static Arbitrary<PgxDosingCase> Cases() =>
        (from tpmt in Gen.Elements(Thiopurine)
         from nudt15 in Gen.Elements(Thiopurine)
         from cyp3a5 in Gen.Elements("*1/*1", "*1/*3", "*3/*1", "*1/*7", "*3/*3", "*6/*7")
         from standard in Gen.Choose(5, 25)
         from kg in Gen.Choose(30, 2500)
         from other in Gen.Choose(30, 2500)
         select new PgxDosingCase(tpmt, nudt15, cyp3a5, standard / 100m, kg / 10m, other / 10m)).ToArbitrary();
}

// Worked examples derived by hand from CPIC (Relling 2019 with the March 2024 update; Birdwell 2015) through the public
// pipeline and its JSON, and the property that every mg/day figure is the mg/kg/day figure times the weight.
[Properties(Arbitrary = [typeof(PharmacogenomicsArbitraries)])]
public sealed class PharmacogenomicsDosingTests
{
    private static readonly DateOnly WeighedOn = new(2023, 6, 1);

    internal static PatientProfile AzathioprineAndTacrolimus(decimal kilograms, string tpmt = "intermediate-metabolizer", string nudt15 = "normal-metabolizer", string cyp3a5 = "*1/*3", DiseaseId? indication = null) =>
        Patient(
            Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, new DateOnly(2021, 1, 1)),
            Course(TherapyId.Tacrolimus, TherapyClass.CalcineurinInhibitor, new DateOnly(2022, 1, 1), milligrams: 4m) with { Indication = indication }) with
        {
            Genotypes = [Genotype(GeneSymbol.Tpmt, GenePhenotype.Parse(tpmt)), Genotype(GeneSymbol.Nudt15, GenePhenotype.Parse(nudt15)), Genotype(GeneSymbol.Cyp3a5, diplotype: cyp3a5)],
            BodyWeights = [new BodyWeightMeasurement { On = WeighedOn, Weight = BodyWeight.Kilograms(kilograms) }],
        };

    private static PharmacogenomicsDetail Detail(ResistanceAssessment assessment, TherapyId therapy) =>
        Assert.IsType<PharmacogenomicsDetail>(Assert.Single(assessment.Findings, f => f.Evaluator.Value == "sle.pharmacogenomics" && f.Therapy == therapy).Detail);

    private static ResistancePipeline WithTacrolimusStandard(decimal standard) =>
        new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(PharmacogenomicsDefinitions.Default with
        {
            Id = DefinitionSetId.Create("sle.pharmacogenomics.test-tacrolimus-standard"),
            TacrolimusStandardStartingDose = new() { Low = standard, High = standard },
        }).Build();

    [Theory]
    // TPMT IM, NUDT15 NM: 30-80 % of 2-3 mg/kg/day = 0.6-2.4 mg/kg/day; at 60 kg 36-144 mg/day.
    [InlineData("intermediate-metabolizer", "normal-metabolizer", 60, PharmacogenomicRecommendation.ReducedStartingDose, 0.3, 0.8, 0.6, 2.4, 36, 144)]
    [InlineData("intermediate-metabolizer", "normal-metabolizer", 59, PharmacogenomicRecommendation.ReducedStartingDose, 0.3, 0.8, 0.6, 2.4, 35.4, 141.6)]
    [InlineData("intermediate-metabolizer", "normal-metabolizer", 61, PharmacogenomicRecommendation.ReducedStartingDose, 0.3, 0.8, 0.6, 2.4, 36.6, 146.4)]
    // NUDT15 possible IM alone is the same row.
    [InlineData("normal-metabolizer", "possible-intermediate-metabolizer", 70, PharmacogenomicRecommendation.ReducedStartingDose, 0.3, 0.8, 0.6, 2.4, 42, 168)]
    // Both IM (March 2024): 20-50 % of 2-3 = 0.4-1.5 mg/kg/day; at 60 kg 24-90 mg/day.
    [InlineData("intermediate-metabolizer", "possible-intermediate-metabolizer", 60, PharmacogenomicRecommendation.ReducedStartingDose, 0.2, 0.5, 0.4, 1.5, 24, 90)]
    // Normal for both (extensive read as normal): 2-3 mg/kg/day; at 60 kg 120-180 mg/day.
    [InlineData("extensive-metabolizer", "normal-metabolizer", 60, PharmacogenomicRecommendation.StandardStartingDose, 1, 1, 2, 3, 120, 180)]
    public void Azathioprine_starting_doses_follow_cpic(string tpmt, string nudt15, double kg, PharmacogenomicRecommendation recommendation, double fLow, double fHigh, double perKgLow, double perKgHigh, double mgLow, double mgHigh)
    {
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus((decimal)kg, tpmt, nudt15)), TherapyId.Azathioprine);

        Assert.Equal(recommendation, detail.Recommendation);
        Assert.Equal(new PharmacogenomicDoseRange { Low = (decimal)fLow, High = (decimal)fHigh }, detail.StartingDoseFraction);
        Assert.Equal(new PharmacogenomicDoseRange { Low = 2m, High = 3m }, detail.StandardStartingDoseMilligramsPerKilogramPerDay);
        Assert.Equal(new PharmacogenomicDoseRange { Low = (decimal)perKgLow, High = (decimal)perKgHigh }, detail.StartingDoseMilligramsPerKilogramPerDay);
        Assert.Equal(new PharmacogenomicDoseRange { Low = (decimal)mgLow, High = (decimal)mgHigh }, detail.StartingDoseMilligramsPerDay);
        Assert.Equal((decimal)kg, detail.BodyWeightKilograms);
        Assert.Equal(WeighedOn, detail.BodyWeightOn);
        Assert.Null(detail.MaximumMilligramsPerKilogramPerDay);
        Assert.False(detail.Extrapolated);
    }

    [Fact]
    public void Phenotypes_are_reported_in_cpic_terms_with_possible_intermediate_kept()
    {
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus(60m, "extensive-metabolizer", "possible-intermediate-metabolizer")), TherapyId.Azathioprine);

        Assert.Equal([GenePhenotype.NormalMetabolizer, GenePhenotype.PossibleIntermediateMetabolizer], detail.Phenotypes.Select(p => p.Phenotype!.Value));
        Assert.Equal(["$.genotypes[0]", "$.genotypes[1]"], detail.Phenotypes.Select(p => p.Genotype!));
    }

    [Fact]
    public void A_poor_thiopurine_metabolizer_gets_no_dose_only_the_advice_to_consider_an_alternative()
    {
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus(60m, "normal-metabolizer", "poor-metabolizer")), TherapyId.Azathioprine);

        Assert.Equal(PharmacogenomicRecommendation.ConsiderAlternative, detail.Recommendation);
        Assert.Null(detail.StartingDoseFraction);
        Assert.Null(detail.StartingDoseMilligramsPerDay);
    }

    [Fact]
    public void Without_a_weight_the_mg_per_kg_range_is_given_and_the_mg_per_day_range_is_not()
    {
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus(60m) with { BodyWeights = [] }), TherapyId.Azathioprine);

        Assert.Equal(new PharmacogenomicDoseRange { Low = 0.6m, High = 2.4m }, detail.StartingDoseMilligramsPerKilogramPerDay);
        Assert.Null(detail.StartingDoseMilligramsPerDay);
        Assert.Null(detail.BodyWeightKilograms);
    }

    [Theory]
    [InlineData("*1/*1", "normal-metabolizer", PharmacogenomicRecommendation.IncreasedStartingDose)]
    [InlineData("*1/*3", "intermediate-metabolizer", PharmacogenomicRecommendation.IncreasedStartingDose)]
    [InlineData("*7/*1", "intermediate-metabolizer", PharmacogenomicRecommendation.IncreasedStartingDose)]
    [InlineData("*3/*3", "poor-metabolizer", PharmacogenomicRecommendation.StandardStartingDose)]
    [InlineData("*3/*6", "poor-metabolizer", PharmacogenomicRecommendation.StandardStartingDose)]
    public void Cyp3a5_diplotypes_map_to_cpic_normal_intermediate_and_poor(string diplotype, string phenotype, PharmacogenomicRecommendation recommendation)
    {
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus(70m, cyp3a5: diplotype)), TherapyId.Tacrolimus);

        var call = Assert.Single(detail.Phenotypes);
        Assert.Equal(phenotype, call.Phenotype!.Value.Value);
        Assert.True(call.FromDiplotype);
        Assert.Equal(recommendation, detail.Recommendation);
    }

    [Fact]
    public void A_cyp3a5_expresser_gets_one_and_a_half_to_two_times_standard_and_the_ceiling_in_mg_per_day()
    {
        // Birdwell 2015: 1.5-2 times the recommended starting dose, not exceeding 0.3 mg/kg/day; 0.3 x 70 kg = 21 mg/day.
        // CPIC gives no standard dose, so the default set reports no mg/kg/day starting range.
        var detail = Detail(Pipeline.Evaluate(AzathioprineAndTacrolimus(70m, cyp3a5: "*1/*1")), TherapyId.Tacrolimus);

        Assert.Equal(new PharmacogenomicDoseRange { Low = 1.5m, High = 2m }, detail.StartingDoseFraction);
        Assert.Null(detail.StandardStartingDoseMilligramsPerKilogramPerDay);
        Assert.Null(detail.StartingDoseMilligramsPerKilogramPerDay);
        Assert.Equal(0.3m, detail.MaximumMilligramsPerKilogramPerDay);
        Assert.Equal(21m, detail.MaximumMilligramsPerDay);
    }

    [Theory]
    // Standard 0.15 mg/kg/day: 2 x 0.15 = 0.30, the ceiling exactly (not lowered); 0.16 -> 0.32 lowered to 0.30; 0.14 -> 0.28.
    [InlineData(0.15, 70, 0.225, 0.3, false, 15.75, 21, 21)]
    [InlineData(0.15, 69, 0.225, 0.3, false, 15.525, 20.7, 20.7)]
    [InlineData(0.15, 71, 0.225, 0.3, false, 15.975, 21.3, 21.3)]
    [InlineData(0.16, 70, 0.24, 0.3, true, 16.8, 21, 21)]
    [InlineData(0.14, 70, 0.21, 0.28, false, 14.7, 19.6, 21)]
    public void A_configured_tacrolimus_standard_dose_is_scaled_and_capped_at_0_3_mg_per_kg(double standard, double kg, double perKgLow, double perKgHigh, bool capped, double mgLow, double mgHigh, double maxMg)
    {
        var detail = Detail(WithTacrolimusStandard((decimal)standard).Evaluate(AzathioprineAndTacrolimus((decimal)kg, cyp3a5: "*1/*3")), TherapyId.Tacrolimus);

        Assert.Equal(new PharmacogenomicDoseRange { Low = (decimal)perKgLow, High = (decimal)perKgHigh }, detail.StartingDoseMilligramsPerKilogramPerDay);
        Assert.Equal(capped, detail.CapApplied);
        Assert.Equal(new PharmacogenomicDoseRange { Low = (decimal)mgLow, High = (decimal)mgHigh }, detail.StartingDoseMilligramsPerDay);
        Assert.Equal((decimal)maxMg, detail.MaximumMilligramsPerDay);
    }

    [Theory]
    [InlineData(null, true, EvidenceGrade.Extrapolated)]
    [InlineData("sle", true, EvidenceGrade.Extrapolated)]
    [InlineData("transplantation", true, EvidenceGrade.Extrapolated)]
    [InlineData("transplant", false, EvidenceGrade.Guideline)]
    [InlineData("transplant.kidney", false, EvidenceGrade.Guideline)]
    public void Tacrolimus_advice_is_extrapolated_unless_the_course_records_a_transplant_indication(string? indication, bool extrapolated, EvidenceGrade grade)
    {
        var id = indication is null ? (DiseaseId?)null : DiseaseId.Create(indication);
        var assessment = Pipeline.Evaluate(AzathioprineAndTacrolimus(70m, cyp3a5: "*3/*3", indication: id));
        var finding = Assert.Single(assessment.Findings, f => f.Evaluator.Value == "sle.pharmacogenomics" && f.Therapy == TherapyId.Tacrolimus);
        var detail = Assert.IsType<PharmacogenomicsDetail>(finding.Detail);

        Assert.Equal(extrapolated, detail.Extrapolated);
        Assert.Equal(id, detail.Indication);
        Assert.Equal(grade, finding.Grade);
        Assert.False(Detail(assessment, TherapyId.Azathioprine).Extrapolated);
    }

    [Fact]
    public void The_indication_reads_from_profile_json_and_a_profile_without_it_reads_as_before()
    {
        var profile = AzathioprineAndTacrolimus(70m, indication: DiseaseId.Create("transplant.kidney"));
        var text = Pipeline.Json.Serialize(profile);
        Assert.Contains("\"indication\":\"transplant.kidney\"", text, StringComparison.Ordinal);

        var read = Pipeline.Json.ReadProfile(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Assert.Equal(DiseaseId.Create("transplant.kidney"), read.Profile!.Therapies[1].Indication);

        var without = Pipeline.Json.Serialize(AzathioprineAndTacrolimus(70m));
        Assert.DoesNotContain("indication", without, StringComparison.Ordinal);
        Assert.Null(Pipeline.Json.ReadProfile(System.Text.Encoding.UTF8.GetBytes(without)).Profile!.Therapies[1].Indication);
    }

    [Fact]
    public void The_detail_is_written_to_the_assessment_json_with_its_kind()
    {
        var json = JsonNode.Parse(Pipeline.Json.Serialize(Pipeline.Evaluate(AzathioprineAndTacrolimus(60m))))!;
        var detail = json["findings"]!.AsArray().Select(f => f!["detail"]).Single(d => d?["therapy"]?.GetValue<string>() == "azathioprine")!;

        Assert.Equal("sle.pharmacogenomics", detail["$kind"]!.GetValue<string>());
        Assert.Equal("reduced-starting-dose", detail["recommendation"]!.GetValue<string>());
        Assert.Equal(36m, detail["startingDoseMilligramsPerDay"]!["low"]!.GetValue<decimal>());
        Assert.Equal(144m, detail["startingDoseMilligramsPerDay"]!["high"]!.GetValue<decimal>());
        Assert.Equal("sle.pharmacogenomics.cpic", detail["definitions"]!.GetValue<string>());
        Assert.False(detail["extrapolated"]!.GetValue<bool>());
    }

    [Property(MaxTest = 100)]
    public bool Dose_figures_scale_linearly_with_weight_within_the_caps(PgxDosingCase c)
    {
        var pipeline = WithTacrolimusStandard(c.TacrolimusStandard);
        var at = pipeline.Evaluate(AzathioprineAndTacrolimus(c.Kilograms, c.Tpmt, c.Nudt15, c.Cyp3a5));
        var other = pipeline.Evaluate(AzathioprineAndTacrolimus(c.OtherKilograms, c.Tpmt, c.Nudt15, c.Cyp3a5));
        return new[] { TherapyId.Azathioprine, TherapyId.Tacrolimus }.All(therapy =>
        {
            var a = Detail(at, therapy);
            var b = Detail(other, therapy);
            var sameRate = Equals(a.StartingDoseMilligramsPerKilogramPerDay, b.StartingDoseMilligramsPerKilogramPerDay);
            var perDay = a.StartingDoseMilligramsPerDay is null
                ? a.StartingDoseMilligramsPerKilogramPerDay is null
                : a.StartingDoseMilligramsPerDay.Low == a.StartingDoseMilligramsPerKilogramPerDay!.Low * c.Kilograms
                    && a.StartingDoseMilligramsPerDay.High == a.StartingDoseMilligramsPerKilogramPerDay.High * c.Kilograms
                    && a.StartingDoseMilligramsPerDay.Low * c.OtherKilograms == b.StartingDoseMilligramsPerDay!.Low * c.Kilograms
                    && a.StartingDoseMilligramsPerDay.High * c.OtherKilograms == b.StartingDoseMilligramsPerDay.High * c.Kilograms;
            var withinCap = a.MaximumMilligramsPerDay is not { } max
                || (max == a.MaximumMilligramsPerKilogramPerDay * c.Kilograms && (a.StartingDoseMilligramsPerDay is null || a.StartingDoseMilligramsPerDay.High <= max));
            return sameRate && perDay && withinCap;
        });
    }

    [Fact]
    public void The_definition_set_rejects_inverted_or_non_positive_ranges_and_ceilings()
    {
        Assert.Empty(PharmacogenomicsDefinitions.Default.Validate());

        var broken = PharmacogenomicsDefinitions.Default with
        {
            ThiopurineOneIntermediateFraction = new() { Low = 0.8m, High = 0.3m },
            TacrolimusStandardStartingDose = new() { Low = 0m, High = 0.1m },
            TacrolimusMaxMilligramsPerKilogramPerDay = 0m,
        };

        Assert.Equal(3, broken.Validate().Count);
    }
}

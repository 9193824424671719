using static AutoimmuneResistance.Lupus.Tests.Evaluators.CourseClassificationBoundaryTests;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

// Worked examples at the edges of the renal course classification (CourseClassifier for a renal induction course of a
// patient with lupus nephritis) under NephritisResponseDefinitions.EularEraEdta2019 (complete: proteinuria < 0.7 with
// eGFR >= 85 % of baseline; partial: >= 50 % reduction to < 3; no response concluded from 6 months) and the dose
// minimums of TreatmentTrialDefinitions.Default. Mycophenolate mofetil starts on 2022-02-01, so 6 months is
// 2022-08-01; the usual follow-up is on 2022-09-01. Evaluated as of 2023-01-01 unless a test says otherwise.
public sealed class RenalCourseClassificationTests
{
    private static readonly DateOnly Start = new(2022, 2, 1);
    private static readonly DateOnly FollowUp = new(2022, 9, 1);

    private static TherapyCourse Mmf(DateOnly? end = null, StopReason? stop = null, DoseRegimen? regimen = null) => new()
    {
        Therapy = TherapyId.MycophenolateMofetil,
        Class = TherapyClass.Antimetabolite,
        Route = Route.Oral,
        Start = Start,
        End = end,
        StopReason = stop,
        Regimen = regimen ?? new DoseRegimen(Dose.Milligrams(1500m), administrations: 2), // 3 g/day
    };

    private static PatientProfile WithNephritis(TherapyCourse course, params Observation[] observations) => Patient(course) with
    {
        Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1), Features = new LupusFeatures { Nephritis = true } }],
        Observations = [.. observations],
    };

    private static Observation Upcr(DateOnly on, decimal gramsPerGram, ClinicalCode? code = null) =>
        new() { On = on, Code = code ?? ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(gramsPerGram, QuantityUnit.GramPerGram) };

    private static Observation Protein24h(DateOnly on, decimal grams) =>
        new() { On = on, Code = ClinicalCode.Loinc("2889-4"), Value = Quantity.Create(grams, QuantityUnit.GramPer24Hours) };

    private static Observation Egfr(DateOnly on, decimal value, string code = "98979-8") =>
        new() { On = on, Code = ClinicalCode.Loinc(code), Value = Quantity.Create(value, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter) };

    private static Finding Only(PatientProfile patient, DateOnly? asOf = null, ResistancePipeline? pipeline = null) =>
        Assert.Single(CourseFindings(Evaluate(patient, asOf, pipeline)));

    private static CourseClassificationDetail Classify(PatientProfile patient, DateOnly? asOf = null, ResistancePipeline? pipeline = null) =>
        Assert.IsType<CourseClassificationDetail>(Only(patient, asOf, pipeline).Detail);

    // Baseline UPCR 3.0 g/g and eGFR 95 on the start day; one follow-up with eGFR 95.
    private static PatientProfile OneFollowUp(decimal upcr, DateOnly on, TherapyCourse? course = null) =>
        WithNephritis(course ?? Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m), Upcr(on, upcr), Egfr(on, 95m));

    // ---- the renal categories ----

    public static TheoryData<decimal, int, NephritisResponseCategory, TherapyOutcome> Categories() => new()
    {
        { 0.5m, 7, NephritisResponseCategory.Complete, TherapyOutcome.Response },               // < 0.7 with stable eGFR
        { 1.4m, 7, NephritisResponseCategory.Partial, TherapyOutcome.PartialResponse },         // 53 % lower, < 3
        { 2.9m, 7, NephritisResponseCategory.NoResponse, TherapyOutcome.PrimaryNonResponse },   // 3 % lower, after 6 months
        { 2.9m, 2, NephritisResponseCategory.TooEarly, TherapyOutcome.TooEarly },               // the same at 2 months
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void Each_renal_response_category_maps_to_its_course_outcome(decimal upcr, int months, NephritisResponseCategory renal, TherapyOutcome expected)
    {
        var on = Start.AddMonths(months);
        var finding = Only(OneFollowUp(upcr, on));
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.True(detail.Renal);
        Assert.Equal(renal, detail.RenalResponse);
        Assert.Equal(expected, detail.Response);
        Assert.Equal(6, detail.MinimumMonths);
        Assert.Equal(on, finding.On); // dated at the follow-up, not at the evaluation date
        Assert.Contains("$.observations[0]", finding.Facts);
        Assert.Contains("$.observations[1]", finding.Facts);
        Assert.Contains("$.observations[2]", finding.Facts);
        Assert.Contains("$.observations[3]", finding.Facts);
    }

    [Fact]
    public void A_baseline_without_a_follow_up_is_unknown_without_a_renal_category()
    {
        var asOf = new DateOnly(2023, 1, 1);
        var finding = Only(WithNephritis(Mmf(), Upcr(Start, 3.0m)), asOf);
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.Equal(TherapyOutcome.Unknown, detail.Response);
        Assert.Null(detail.RenalResponse);
        Assert.Equal(asOf, finding.On);
    }

    [Fact]
    public void The_selected_nephritis_definitions_are_the_ones_applied()
    {
        // UPCR 3.0 -> 0.6 g/g: complete under EULAR/ERA-EDTA 2019 (< 0.7), only partial under KDIGO 2024 (< 0.5).
        var kdigo = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(NephritisResponseDefinitions.Kdigo2024.Id).Build();
        var patient = OneFollowUp(0.6m, FollowUp);

        Assert.Equal(TherapyOutcome.Response, Classify(patient).Response);
        Assert.Equal(TherapyOutcome.PartialResponse, Classify(patient, pipeline: kdigo).Response);
    }

    // ---- the baseline ----

    [Fact]
    public void The_latest_positive_proteinuria_in_the_window_is_the_baseline()
    {
        // UPCR 2.0 thirty days before the start and 3.0 ten days before; 1.4 after 7 months. From 3.0 that is a 53 %
        // fall (partial response); from 2.0 it would be 30 % (no response).
        var patient = WithNephritis(
            Mmf(),
            Upcr(Start.AddDays(-30), 2.0m), Egfr(Start.AddDays(-30), 95m),
            Upcr(Start.AddDays(-10), 3.0m), Egfr(Start.AddDays(-10), 95m),
            Upcr(FollowUp, 1.4m), Egfr(FollowUp, 95m));

        var finding = Only(patient);

        Assert.Equal(TherapyOutcome.PartialResponse, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
        Assert.Contains("$.observations[2]", finding.Facts);
        Assert.DoesNotContain("$.observations[0]", finding.Facts);
    }

    [Fact]
    public void A_zero_proteinuria_is_not_a_baseline()
    {
        // UPCR 3.0 thirty days before the start, 0 ten days before: the baseline is 3.0, so 2.9 after 7 months is no
        // response (from 0 no change could be computed and the course would be unknown).
        var patient = WithNephritis(Mmf(), Upcr(Start.AddDays(-30), 3.0m), Upcr(Start.AddDays(-10), 0m), Upcr(FollowUp, 2.9m));

        Assert.Equal(NephritisResponseCategory.NoResponse, Classify(patient).RenalResponse);
    }

    // ---- the follow-ups ----

    [Fact]
    public void A_follow_up_on_the_course_end_counts_and_the_day_after_does_not()
    {
        // Stopped on 2022-09-01: 2.9 that day is the last follow-up (no response); 0.5 on 2022-09-02 is after the course.
        var patient = WithNephritis(
            Mmf(FollowUp, StopReason.Other),
            Upcr(Start, 3.0m), Egfr(Start, 95m), Upcr(FollowUp, 2.9m), Egfr(FollowUp, 95m), Upcr(FollowUp.AddDays(1), 0.5m), Egfr(FollowUp.AddDays(1), 95m));

        var finding = Only(patient);

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
        Assert.Equal(FollowUp, finding.On);
        Assert.DoesNotContain("$.observations[4]", finding.Facts);
    }

    [Fact]
    public void A_follow_up_on_the_evaluation_date_counts()
    {
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, Classify(OneFollowUp(2.9m, FollowUp), FollowUp).Response);
    }

    [Fact]
    public void A_course_measured_by_24_hour_protein_is_judged_on_24_hour_protein()
    {
        var patient = WithNephritis(Mmf(), Protein24h(Start, 3.0m), Egfr(Start, 95m), Protein24h(FollowUp, 0.5m), Egfr(FollowUp, 95m));

        Assert.Equal(NephritisResponseCategory.Complete, Classify(patient).RenalResponse);
    }

    [Fact]
    public void A_follow_up_of_the_other_kind_is_not_compared_with_the_baseline()
    {
        // Baseline a spot ratio; 0.5 g/24 h on 2022-09-01 is another kind and is left out; 2.9 g/g the next day counts.
        var next = FollowUp.AddDays(1);
        var patient = WithNephritis(
            Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m), Protein24h(FollowUp, 0.5m), Egfr(FollowUp, 95m), Upcr(next, 2.9m), Egfr(next, 95m));

        var finding = Only(patient);

        Assert.Equal(NephritisResponseCategory.NoResponse, Assert.IsType<CourseClassificationDetail>(finding.Detail).RenalResponse);
        Assert.Equal(next, finding.On);
    }

    [Fact]
    public void A_code_of_another_system_with_the_loinc_digits_is_not_proteinuria()
    {
        // 2.9 g/g (LOINC) on 2022-09-01, then 0.5 under a local laboratory code "2890-2" the next day: not read.
        var local = ClinicalCode.Create(CodeSystem.Create("http://example.org/local-laboratory"), "2890-2");
        var next = FollowUp.AddDays(1);
        var patient = WithNephritis(
            Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m), Upcr(FollowUp, 2.9m), Egfr(FollowUp, 95m), Upcr(next, 0.5m, local), Egfr(next, 95m));

        Assert.Equal(NephritisResponseCategory.NoResponse, Classify(patient).RenalResponse);
    }

    [Fact]
    public void On_a_date_with_two_proteinuria_values_the_last_recorded_counts()
    {
        var lastHigh = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m), Upcr(FollowUp, 0.5m), Upcr(FollowUp, 2.9m), Egfr(FollowUp, 95m));
        var lastLow = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m), Upcr(FollowUp, 2.9m), Upcr(FollowUp, 0.5m), Egfr(FollowUp, 95m));

        Assert.Equal(NephritisResponseCategory.NoResponse, Classify(lastHigh).RenalResponse);
        Assert.Equal(NephritisResponseCategory.Complete, Classify(lastLow).RenalResponse);
    }

    // ---- eGFR ----

    [Theory]
    [InlineData("98979-8", NephritisResponseCategory.Complete)]
    [InlineData("62238-1", NephritisResponseCategory.Complete)]
    [InlineData("33914-3", NephritisResponseCategory.Complete)]
    [InlineData("2160-0", null)] // serum creatinine is not an eGFR: kidney function unknown, so the response is unknown
    public void The_egfr_is_read_from_each_of_its_loinc_codes(string code, NephritisResponseCategory? expected)
    {
        var patient = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 95m, code), Upcr(FollowUp, 0.5m), Egfr(FollowUp, 95m, code));

        var detail = Classify(patient);

        Assert.Equal(expected ?? NephritisResponseCategory.Unknown, detail.RenalResponse);
        Assert.Equal(expected is null ? TherapyOutcome.Unknown : TherapyOutcome.Response, detail.Response);
    }

    [Theory]
    [InlineData(250, NephritisResponseCategory.Complete)]   // the instrument's upper limit is read: 250 % of baseline
    [InlineData(251, NephritisResponseCategory.Unknown)]    // above it the eGFR is left out: kidney function unknown
    [InlineData(0, NephritisResponseCategory.NoResponse)]   // 0 is read: kidney function lost, so no response
    public void A_follow_up_egfr_is_read_from_0_to_250(int egfr, NephritisResponseCategory expected)
    {
        var patient = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 100m), Upcr(FollowUp, 0.5m), Egfr(FollowUp, egfr));

        Assert.Equal(expected, Classify(patient).RenalResponse);
    }

    [Fact]
    public void A_baseline_egfr_of_0_is_ignored()
    {
        // Without a usable baseline eGFR, kidney function cannot be compared: unknown, not an error.
        var patient = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 0m), Upcr(FollowUp, 0.5m), Egfr(FollowUp, 95m));

        Assert.Equal(NephritisResponseCategory.Unknown, Classify(patient).RenalResponse);
    }

    [Fact]
    public void A_follow_up_egfr_that_cannot_be_a_percentage_of_the_baseline_is_dropped_and_its_proteinuria_kept()
    {
        // A baseline eGFR of 1e-24: 95 / 1e-24 is out of the instrument's range, so the follow-up's eGFR is dropped;
        // its proteinuria still counts (kidney function unknown, so the response is unknown, not an error).
        var patient = WithNephritis(Mmf(), Upcr(Start, 3.0m), Egfr(Start, 0.000000000000000000000001m), Upcr(FollowUp, 0.5m), Egfr(FollowUp, 95m));

        var detail = Classify(patient);

        Assert.Equal(NephritisResponseCategory.Unknown, detail.RenalResponse);
    }

    // ---- stop reasons on renal courses ----

    [Theory]
    [InlineData(0.5, 7, StopReason.Inefficacy, TherapyOutcome.SecondaryLossOfResponse)] // complete, then stopped for inefficacy
    [InlineData(2.9, 2, StopReason.Inefficacy, TherapyOutcome.PrimaryNonResponse)]      // too early, stopped for inefficacy
    [InlineData(2.9, 7, StopReason.AdverseEvent, TherapyOutcome.Intolerance)]
    [InlineData(1.4, 7, StopReason.Inefficacy, TherapyOutcome.PartialResponse)]
    public void A_stop_reason_overrides_the_renal_response_as_documented(double upcr, int months, StopReason stop, TherapyOutcome expected)
    {
        var on = Start.AddMonths(months);

        Assert.Equal(expected, Classify(OneFollowUp((decimal)upcr, on, Mmf(on, stop))).Response);
    }

    // ---- dose adequacy ----

    [Theory]
    [InlineData("mycophenolate-mofetil", 1999, 1, 1, DoseAdequacy.Inadequate)]
    [InlineData("mycophenolate-mofetil", 2000, 1, 1, DoseAdequacy.Adequate)]
    [InlineData("mycophenolate-mofetil", 999.5, 2, 1, DoseAdequacy.Inadequate)] // 1999 mg/day as two doses
    [InlineData("mycophenolate-mofetil", 1000, 2, 1, DoseAdequacy.Adequate)]    // 1 g twice daily
    [InlineData("cyclophosphamide", 499, 1, 14, DoseAdequacy.Inadequate)]
    [InlineData("cyclophosphamide", 500, 1, 14, DoseAdequacy.Adequate)]
    [InlineData("cyclophosphamide", 500, 1, 7, DoseAdequacy.Adequate)]
    [InlineData("cyclophosphamide", 500, 1, 15, DoseAdequacy.NotAssessed)]      // further apart than 2 weeks: not judged
    [InlineData("cyclophosphamide", 750, 1, 28, DoseAdequacy.NotAssessed)]
    [InlineData("mycophenolic-acid", 720, 2, 1, DoseAdequacy.NotAssessed)]      // renal, but no cited minimum
    public void The_renal_induction_dose_is_judged_against_the_cited_minimum(string therapy, double milligrams, int administrations, int intervalDays, DoseAdequacy expected)
    {
        var course = Mmf(regimen: new DoseRegimen(Dose.Milligrams((decimal)milligrams), administrations, intervalDays)) with
        {
            Therapy = TherapyId.Create(therapy),
            Class = therapy == "cyclophosphamide" ? TherapyClass.AlkylatingAgent : TherapyClass.Antimetabolite,
            Route = therapy == "cyclophosphamide" ? Route.Intravenous : Route.Oral,
        };

        var detail = Classify(WithNephritis(course));

        Assert.True(detail.Renal);
        Assert.Equal(expected, detail.Dose);
    }

    [Fact]
    public void A_mycophenolate_dose_in_grams_is_converted()
    {
        Assert.Equal(DoseAdequacy.Adequate, Classify(WithNephritis(Mmf(regimen: DoseRegimen.Daily(Dose.Grams(2m))))).Dose);
    }

    [Fact]
    public void Weight_based_missing_and_non_renal_doses_are_not_assessed()
    {
        var weightBased = WithNephritis(Mmf(regimen: DoseRegimen.Daily(Dose.MilligramsPerKilogram(40m))));
        var missing = WithNephritis(Mmf() with { Regimen = null });
        var notRenal = Patient(Mmf(regimen: DoseRegimen.Daily(Dose.Milligrams(1000m))));

        Assert.Equal(DoseAdequacy.NotAssessed, Classify(weightBased).Dose);
        Assert.Equal(DoseAdequacy.NotAssessed, Classify(missing).Dose);
        var detail = Classify(notRenal);
        Assert.False(detail.Renal);
        Assert.Equal(DoseAdequacy.NotAssessed, detail.Dose);
    }

    [Fact]
    public void No_renal_response_below_the_cited_dose_cannot_tell_resistance_yet()
    {
        // Mycophenolate 1.5 g/day, taken (refills 95 %), no renal response after 7 months: the trial was not adequate.
        var patient = OneFollowUp(2.9m, FollowUp, Mmf(regimen: new DoseRegimen(Dose.Milligrams(750m), administrations: 2))) with
        {
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.MycophenolateMofetil, From = Start, To = FollowUp, ProportionOfDaysCovered = Percentage.FromPercent(95m) }],
        };

        var assessment = Evaluate(patient);
        var finding = Assert.Single(CourseFindings(assessment));

        Assert.Equal("sle.course.primary-non-response.inadequate-dose", finding.Rule.Value);
        var verdict = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, verdict.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Resistance);
    }

    // ---- which patients have lupus nephritis ----

    public static TheoryData<string, bool> NephritisFeatures() => new()
    {
        { "flag", true },
        { "III", true },
        { "IV", true },
        { "V", true },
        { "II", false },
        { "II,IV", true },
        { "none", false },
    };

    [Theory]
    [MemberData(nameof(NephritisFeatures))]
    public void Lupus_nephritis_is_read_from_the_flag_or_a_proliferative_or_membranous_class(string features, bool renal)
    {
        var lupus = features switch
        {
            "flag" => new LupusFeatures { Nephritis = true },
            "none" => new LupusFeatures(),
            _ => new LupusFeatures { NephritisClasses = [.. features.Split(',').Select(Enum.Parse<LupusNephritisClass>)] },
        };
        var patient = Patient(Mmf()) with { Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1), Features = lupus }] };

        Assert.Equal(renal, Classify(patient).Renal);
    }
}

using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class TreatmentResponseEvaluatorTests
{
    private const string Evaluator = "sle.treatment-response";
    private static readonly DateOnly Start = new(2022, 1, 1);

    private static PatientProfile OnAzathioprine(TherapyCourse? course = null, params (int Days, Sledai2kDescriptor[] Present)[] visits) =>
        Patient(course ?? Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start)) with
        {
            Assessments = [.. visits.Select(v => (InstrumentAssessment)Sledai(Start.AddDays(v.Days), v.Present))],
        };

    private static CourseClassificationDetail Detail(PatientProfile patient) =>
        Assert.IsType<CourseClassificationDetail>(Assert.Single(Findings(patient, Evaluator)).Detail);

    // arthritis 4 + rash 2 + alopecia 2 + ulcers 2 + pleurisy 2 = 12; arthritis + rash = 6; arthritis = 4.
    private static readonly Sledai2kDescriptor[] Twelve = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia, Sledai2kDescriptor.MucosalUlcers, Sledai2kDescriptor.Pleurisy];
    private static readonly Sledai2kDescriptor[] Ten = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia, Sledai2kDescriptor.MucosalUlcers];
    private static readonly Sledai2kDescriptor[] Eight = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia];
    private static readonly Sledai2kDescriptor[] Six = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash];
    private static readonly Sledai2kDescriptor[] Four = [Sledai2kDescriptor.Arthritis];

    [Fact]
    public void Reaching_the_lldas_activity_level_is_a_response()
    {
        var detail = Detail(OnAzathioprine(null, (-10, Twelve), (120, Four)));

        Assert.Equal(TherapyOutcome.Response, detail.Response);
        Assert.Equal(12, detail.BaselineSledai);
        Assert.Equal(4, detail.LatestSledai);
    }

    [Theory]
    [InlineData(4, TherapyOutcome.Response)] // 12 -> 8: a fall of exactly 4 (SRI-4) is a response
    [InlineData(2, TherapyOutcome.PartialResponse)] // 12 -> 10: fell, not enough
    public void A_fall_of_4_points_from_baseline_is_a_response_and_less_is_partial(int fall, TherapyOutcome expected)
    {
        var detail = Detail(OnAzathioprine(null, (-10, Twelve), (120, fall == 4 ? Eight : Ten)));

        Assert.Equal(expected, detail.Response);
    }

    [Theory]
    [InlineData(1, TherapyOutcome.PartialResponse)]   // default: any fall (12 -> 10) is partial
    [InlineData(2, TherapyOutcome.PartialResponse)]   // a fall of 2 meets a tuned minimum of 2
    [InlineData(3, TherapyOutcome.PrimaryNonResponse)] // a fall of 2 is short of a tuned minimum of 3
    public void The_partial_response_fall_is_a_switchable_setting(int minimum, TherapyOutcome expected)
    {
        var tuned = TreatmentTrialDefinitions.Default with { Id = DefinitionSetId.Create($"test.treatment-trial.partial-{minimum}"), SledaiPartialResponseDecrease = minimum };
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(tuned).Build();

        var finding = Assert.Single(pipeline.Evaluate(OnAzathioprine(null, (-10, Twelve), (120, Ten))).Findings, f => f.Evaluator.Value == Evaluator);

        Assert.Equal(expected, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)] // above the response fall of 4
    public void A_partial_response_fall_outside_1_to_the_response_fall_is_rejected(int minimum)
    {
        var tuned = TreatmentTrialDefinitions.Default with { Id = DefinitionSetId.Create("test.treatment-trial.partial-bad"), SledaiPartialResponseDecrease = minimum };

        Assert.Contains(tuned.Validate(), p => p.Contains(nameof(TreatmentTrialDefinitions.SledaiPartialResponseDecrease), StringComparison.Ordinal));
    }

    [Fact]
    public void A_baseline_older_than_the_window_is_not_a_baseline()
    {
        var detail = Detail(OnAzathioprine(null, (-91, Twelve), (120, Eight)));

        Assert.Null(detail.BaselineSledai);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, detail.Response);
    }

    public static TheoryData<string, string, bool> NephritisCodes() => new()
    {
        { "icd-10-cm", "M32.14", true },
        { "icd-10", "N08.5", true },
        { "snomed-ct", "68815009", true },
        { "icd-10", "M32.14", false },   // ICD-10-CM's code has no WHO ICD-10 twin (WHO pairs M32.1 with N08.5)
        { "icd-10", "M32.1", false },    // the dagger half alone does not say the kidney is involved
        { "snomed-ct", "55464009", false }, // systemic lupus erythematosus
    };

    [Theory]
    [MemberData(nameof(NephritisCodes))]
    public void Lupus_nephritis_is_read_from_its_code_in_its_own_system(string system, string code, bool nephritis)
    {
        var clinical = system switch
        {
            "icd-10-cm" => ClinicalCode.Icd10Cm(code),
            "icd-10" => ClinicalCode.Icd10(code),
            _ => ClinicalCode.SnomedCt(code),
        };
        var patient = Patient(Course(TherapyId.MycophenolateMofetil, TherapyClass.Antimetabolite, Start, milligrams: 3000m)) with
        {
            Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1), Codes = [clinical] }],
        };

        Assert.Equal(nephritis, Detail(patient).Renal);
    }

    [Theory]
    [InlineData(90, NephritisResponseCategory.NoResponse)]
    [InlineData(91, null)]
    public void A_renal_baseline_older_than_the_window_is_not_a_baseline(int daysBefore, NephritisResponseCategory? expected)
    {
        // Mycophenolate 3 g/day for lupus nephritis; UPCR 3.0 g/g at the baseline, 2.9 g/g after 7 months (no response
        // under EULAR/ERA-EDTA 2019). A baseline 91 days before the start is outside the 90-day window: no response
        // can be assessed, so the course is unknown.
        var start = new DateOnly(2022, 2, 1);
        var patient = Patient(Course(TherapyId.MycophenolateMofetil, TherapyClass.Antimetabolite, start, milligrams: 3000m)) with
        {
            Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1), Features = new LupusFeatures { Nephritis = true } }],
            Observations =
            [
                new Observation { On = start.AddDays(-daysBefore), Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(3.0m, QuantityUnit.GramPerGram) },
                new Observation { On = start.AddMonths(7), Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(2.9m, QuantityUnit.GramPerGram) },
            ],
        };

        var detail = Detail(patient);

        Assert.True(detail.Renal);
        Assert.Equal(expected, detail.RenalResponse);
        Assert.Equal(expected is null ? TherapyOutcome.Unknown : TherapyOutcome.PrimaryNonResponse, detail.Response);
    }

    [Fact]
    public void Response_then_flare_on_the_same_therapy_is_secondary_loss_and_needs_adherence_to_count()
    {
        var unchecked_ = Assert.Single(Findings(OnAzathioprine(null, (-10, Twelve), (120, Four), (300, Ten)), Evaluator));
        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, Assert.IsType<CourseClassificationDetail>(unchecked_.Detail).Response);
        Assert.Equal(FindingStatus.Unknown, unchecked_.Status);
        Assert.Equal(LupusMechanisms.SecondaryLossOfResponse, unchecked_.Mechanism);

        var withRefills = OnAzathioprine(null, (-10, Twelve), (120, Four), (300, Ten)) with
        {
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.Azathioprine, From = Start, To = Start.AddDays(300), ProportionOfDaysCovered = Percentage.FromPercent(95m) }],
        };
        Assert.Equal(FindingStatus.Supported, Assert.Single(Findings(withRefills, Evaluator)).Status);
    }

    [Fact]
    public void A_dose_that_had_to_rise_after_a_response_is_secondary_loss()
    {
        var course = Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start) with
        {
            DoseChanges = [new DoseChange { On = Start.AddDays(200), Regimen = DoseRegimen.Daily(Dose.Milligrams(150m)) }],
        };

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, Detail(OnAzathioprine(course, (-10, Twelve), (120, Four), (250, Four))).Response);
    }

    [Fact]
    public void Persistent_activity_with_poor_refills_is_explained_by_non_adherence()
    {
        var patient = OnAzathioprine(null, (-10, Ten), (120, Ten)) with
        {
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.Azathioprine, From = Start, To = Start.AddDays(120), ProportionOfDaysCovered = Percentage.FromPercent(79.9m) }],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Equal("sle.course.primary-non-response.non-adherent", finding.Rule.Value);
    }

    [Fact]
    public void An_adverse_event_stop_is_intolerance_not_resistance()
    {
        var course = Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start, Start.AddDays(60), StopReason.AdverseEvent);

        var finding = Assert.Single(Findings(OnAzathioprine(course, (-10, Twelve), (50, Twelve)), Evaluator));

        Assert.Equal(TherapyOutcome.Intolerance, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
        Assert.Equal(FindingStatus.NotSupported, finding.Status);
    }

    [Theory]
    [InlineData(80, TherapyOutcome.TooEarly)] // the last visit falls before 3 months of therapy
    [InlineData(100, TherapyOutcome.PrimaryNonResponse)]
    public void Non_response_is_called_only_after_the_minimum_trial(int days, TherapyOutcome expected)
    {
        Assert.Equal(expected, Detail(OnAzathioprine(null, (-10, Six), (days, Six))).Response);
    }

    [Fact]
    public void A_course_without_any_visit_is_unknown_and_names_the_assessment()
    {
        var finding = Assert.Single(Findings(Patient(Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start)) with
        {
            Assessments = [Sledai(Start.AddDays(400).AddYears(-3), Six)],
        }, Evaluator));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains("SLEDAI-2K assessment", finding.Gap!.Datum, StringComparison.Ordinal);
    }
}

public sealed class LastingTherapyResponseTests
{
    [Fact]
    public void A_rituximab_cycle_is_judged_after_its_infusions_until_the_next_cycle()
    {
        var start = new DateOnly(2022, 1, 1);
        var cycle = LupusProfiles.Course(TherapyId.Rituximab, TherapyClass.AntiCd20, start, start.AddDays(14), StopReason.Other, 1000m);
        var patient = LupusProfiles.Patient(cycle) with
        {
            Assessments =
            [
                LupusProfiles.Sledai(start.AddDays(-10), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia, Sledai2kDescriptor.MucosalUlcers),
                LupusProfiles.Sledai(start.AddDays(150), Sledai2kDescriptor.Arthritis),
            ],
        };

        var finding = Assert.Single(LupusProfiles.Findings(patient, "sle.treatment-response"));

        Assert.Equal(TherapyOutcome.Response, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
    }
}

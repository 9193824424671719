using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

// Worked examples at every edge of the course classification (CourseClassifier), each derived by hand from
// TreatmentTrialDefinitions.Default (response: SLEDAI-2K <= 4 or a fall >= 4; partial: a fall >= 1; minimum trial 3
// months; baseline window 90 days) and NephritisResponseDefinitions.EularEraEdta2019. SLEDAI-2K visits are recorded
// totals (core.recorded-score), so every total is the number written. The course starts on 2022-01-01 (day 0), so
// three months later is 2022-04-01 = day 90 and every window edge is a whole day count. docs/mutation-testing.md says
// how these tests are checked with Stryker.NET.
public sealed class CourseClassificationBoundaryTests
{
    private const string Evaluator = "sle.treatment-response";
    private static readonly DateOnly Start = new(2022, 1, 1);

    private static DateOnly Day(int days) => Start.AddDays(days);

    internal static RecordedScore Total(DateOnly on, int total) => new() { On = on, Instrument = LupusIds.Sledai2k, Score = total };

    private static TherapyCourse Azathioprine(DateOnly? end = null, StopReason? stop = null) =>
        Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, Start, end, stop);

    private static PatientProfile With(TherapyCourse course, params (int Day, int Total)[] visits) =>
        Patient(course) with { Assessments = [.. visits.Select(v => (InstrumentAssessment)Total(Day(v.Day), v.Total))] };

    // Evaluates as of the given date (default 2023-01-01, day 365) and fails on any error diagnostic, so a mutant that
    // makes an evaluator throw fails the test too.
    internal static ResistanceAssessment Evaluate(PatientProfile patient, DateOnly? asOf = null, ResistancePipeline? pipeline = null)
    {
        var assessment = (pipeline ?? Pipeline).Evaluate(patient, new EvaluationOptions { AsOf = asOf ?? new DateOnly(2023, 1, 1), ComputeInputHash = false });
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return assessment;
    }

    internal static IReadOnlyList<Finding> CourseFindings(ResistanceAssessment assessment) =>
        [.. assessment.Findings.Where(f => f.Evaluator.Value == Evaluator && f.Course is not null)];

    private static Finding Only(PatientProfile patient, DateOnly? asOf = null, ResistancePipeline? pipeline = null) =>
        Assert.Single(CourseFindings(Evaluate(patient, asOf, pipeline)));

    private static CourseClassificationDetail Classify(PatientProfile patient, DateOnly? asOf = null, ResistancePipeline? pipeline = null) =>
        Assert.IsType<CourseClassificationDetail>(Only(patient, asOf, pipeline).Detail);

    // ---- the published values of the default set ----

    [Fact]
    public void The_default_treatment_trial_set_holds_the_published_and_documented_values()
    {
        var d = TreatmentTrialDefinitions.Default;

        Assert.Equal("sle.treatment-trial.default", d.Id.Value);
        Assert.Equal(4, d.SledaiResponseLevel);               // LLDAS limit (Franklyn 2016)
        Assert.Equal(4, d.SledaiResponseDecrease);            // SRI-4 SLEDAI component (Furie 2009)
        Assert.Equal(2000m, d.MycophenolateMofetilMinimumMilligramsPerDay); // EULAR/ERA-EDTA 2019: 2-3 g/day
        Assert.Equal(500m, d.LowDoseCyclophosphamideMilligrams);             // EULAR/ERA-EDTA 2019: 500 mg
        Assert.Equal(14, d.LowDoseCyclophosphamideIntervalDays);             // every 2 weeks
        Assert.Equal(3, d.MinimumTrialMonths);                // UNCONFIRMED library operationalisation
        Assert.Equal(90, d.BaselineWindowDays);               // UNCONFIRMED library operationalisation
        Assert.Equal(1, d.SledaiPartialResponseDecrease);     // UNCONFIRMED library operationalisation
        Assert.Empty(d.Validate());
    }

    // ---- response level and falls (each pair fails if its constant moves by one either way) ----

    [Theory]
    [InlineData(4, TherapyOutcome.Response)]           // at the LLDAS limit of 4
    [InlineData(5, TherapyOutcome.PrimaryNonResponse)] // one above it
    public void Without_a_baseline_a_total_of_4_is_a_response_and_5_is_not(int total, TherapyOutcome expected)
    {
        // No visit before the start, so only the response level can make a response; the visit on day 120 is past
        // the 3-month trial, so no response there is a primary non-response.
        var detail = Classify(With(Azathioprine(), (120, total)));

        Assert.Null(detail.BaselineSledai);
        Assert.Equal(expected, detail.Response);
    }

    [Theory]
    [InlineData(8, TherapyOutcome.Response)]        // 12 -> 8: a fall of 4 (SRI-4)
    [InlineData(9, TherapyOutcome.PartialResponse)] // 12 -> 9: a fall of 3, not a response; any fall is partial
    public void A_fall_of_4_from_baseline_is_a_response_and_a_fall_of_3_is_not(int total, TherapyOutcome expected)
    {
        var detail = Classify(With(Azathioprine(), (-10, 12), (120, total)));

        Assert.Equal(12, detail.BaselineSledai);
        Assert.Equal(expected, detail.Response);
    }

    [Theory]
    [InlineData(9, TherapyOutcome.PartialResponse)]     // 10 -> 9: a fall of 1
    [InlineData(10, TherapyOutcome.PrimaryNonResponse)] // 10 -> 10: no fall
    [InlineData(11, TherapyOutcome.PrimaryNonResponse)] // 10 -> 11: a rise
    public void A_fall_of_1_is_a_partial_response_and_no_fall_is_not(int total, TherapyOutcome expected)
    {
        Assert.Equal(expected, Classify(With(Azathioprine(), (-10, 10), (120, total))).Response);
    }

    // ---- the baseline ----

    [Theory]
    [InlineData(-90, 12, TherapyOutcome.Response)]            // 2021-10-03: 90 days before, inside; 12 -> 8 is a fall of 4
    [InlineData(-91, null, TherapyOutcome.PrimaryNonResponse)] // 2021-10-02: outside; no baseline, and 8 is above 4
    public void The_baseline_window_reaches_90_days_before_the_start_and_not_91(int day, int? baseline, TherapyOutcome expected)
    {
        var detail = Classify(With(Azathioprine(), (day, 12), (120, 8)));

        Assert.Equal(baseline, detail.BaselineSledai);
        Assert.Equal(expected, detail.Response);
    }

    [Fact]
    public void The_latest_visit_in_the_window_is_the_baseline()
    {
        // Day -60: 6, day -10: 12, day 120: 8. The baseline is 12 (the latest), so 8 is a fall of 4: a response. From
        // the earlier 6 it would be a rise.
        var detail = Classify(With(Azathioprine(), (-60, 6), (-10, 12), (120, 8)));

        Assert.Equal(12, detail.BaselineSledai);
        Assert.Equal(TherapyOutcome.Response, detail.Response);
    }

    [Fact]
    public void A_visit_on_the_start_day_is_the_baseline_not_an_on_treatment_visit()
    {
        // Day -10: 12, day 0: 4, day 120: 10. The baseline is the day-0 visit (4); on treatment there is only day 120
        // (10), above 4 and a rise from baseline: primary non-response. Read as on treatment, the 4 of day 0 would
        // have been a response (then lost).
        var detail = Classify(With(Azathioprine(), (-10, 12), (0, 4), (120, 10)));

        Assert.Equal(4, detail.BaselineSledai);
        Assert.Equal(10, detail.LowestSledai);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, detail.Response);
    }

    // ---- the end of the judged window: course end, evaluation date ----

    [Fact]
    public void A_visit_on_the_course_end_is_on_treatment_and_the_day_after_is_not()
    {
        // Azathioprine stopped on day 180 (2022-06-30). Day 180 (10) is on treatment, day 181 (4) is not: 12 -> 10 is
        // no response, a fall of 2: partial. The finding is dated at the last visit of the course.
        var finding = Only(With(Azathioprine(Day(180), StopReason.Other), (-10, 12), (180, 10), (181, 4)));
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.Equal(TherapyOutcome.PartialResponse, detail.Response);
        Assert.Equal(10, detail.LatestSledai);
        Assert.Equal(Day(180), finding.On);
    }

    [Theory]
    [InlineData(89, TherapyOutcome.TooEarly, 2)] // stopped 2022-03-31: the judged window ends before three months
    [InlineData(90, TherapyOutcome.Unknown, 3)]  // stopped 2022-04-01: three whole months, but no visit during it
    public void A_course_without_visits_that_ends_before_three_months_is_too_early_and_from_three_months_unknown(int endDay, TherapyOutcome expected, int months)
    {
        var finding = Only(With(Azathioprine(Day(endDay), StopReason.Other), (-10, 12)));
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.Equal(expected, detail.Response);
        Assert.Equal(months, detail.Months);
        Assert.Equal(3, detail.MinimumMonths);
        Assert.Equal(Day(endDay), finding.On); // no visit: dated at the end of the judged window
    }

    [Theory]
    [InlineData(89, TherapyOutcome.TooEarly, 2)]
    [InlineData(90, TherapyOutcome.Unknown, 3)]
    public void A_running_course_without_visits_is_judged_up_to_the_evaluation_date(int asOfDay, TherapyOutcome expected, int months)
    {
        var finding = Only(With(Azathioprine(), (-10, 12)), Day(asOfDay));
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.Equal(expected, detail.Response);
        Assert.Equal(months, detail.Months);
        Assert.Equal(Day(asOfDay), finding.On);
    }

    [Theory]
    [InlineData(2022, 2, 14, 2)] // 2021-11-15 to 2022-02-14: two whole months (across the new year)
    [InlineData(2022, 2, 15, 3)] // to 2022-02-15: three
    public void Months_are_whole_calendar_months_from_the_start(int year, int month, int day, int expected)
    {
        var course = Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, new DateOnly(2021, 11, 15), new DateOnly(year, month, day), StopReason.Other);

        Assert.Equal(expected, Classify(Patient(course)).Months);
    }

    // ---- the minimum trial ----

    [Theory]
    [InlineData(89, TherapyOutcome.TooEarly)]           // last visit 2022-03-31, before three months
    [InlineData(90, TherapyOutcome.PrimaryNonResponse)] // last visit 2022-04-01, three months: 6 -> 6 is no fall
    public void Non_response_is_concluded_from_a_visit_three_months_after_the_start(int day, TherapyOutcome expected)
    {
        // The course runs on to the evaluation date (day 365), so only the date of the last visit decides.
        Assert.Equal(expected, Classify(With(Azathioprine(), (-10, 6), (day, 6))).Response);
    }

    // ---- response, loss and the visits after the response ----

    [Fact]
    public void A_visit_without_response_before_the_response_is_not_a_loss()
    {
        // 12 at baseline; 10 on day 30 (no response yet); 8 on day 120 (a fall of 4): the response holds.
        var detail = Classify(With(Azathioprine(), (-10, 12), (30, 10), (120, 8)));

        Assert.Equal(TherapyOutcome.Response, detail.Response);
        Assert.Equal(8, detail.LowestSledai);
    }

    [Fact]
    public void A_response_held_at_the_response_level_stays_a_response()
    {
        Assert.Equal(TherapyOutcome.Response, Classify(With(Azathioprine(), (-10, 12), (120, 4), (200, 4))).Response);
    }

    [Fact]
    public void A_flare_after_the_response_is_a_loss_even_when_the_response_returns()
    {
        // 12 -> 4 (response) -> 10 (lost: no response at that visit) -> 4.
        var detail = Classify(With(Azathioprine(), (-10, 12), (120, 4), (200, 10), (300, 4)));

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, detail.Response);
        Assert.Equal(4, detail.LowestSledai);
        Assert.Equal(4, detail.LatestSledai);
    }

    [Fact]
    public void Lowest_and_latest_totals_are_read_over_the_on_treatment_visits()
    {
        // No baseline; 10, 6, 8 on treatment: none at or below 4, so no response; lowest 6, latest 8.
        var detail = Classify(With(Azathioprine(), (30, 10), (120, 6), (200, 8)));

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, detail.Response);
        Assert.Equal(6, detail.LowestSledai);
        Assert.Equal(8, detail.LatestSledai);
    }

    // ---- dose changes after a response ----

    [Theory]
    [InlineData(150, 1, false, TherapyOutcome.SecondaryLossOfResponse)] // 100 -> 150 mg/day: a rise
    [InlineData(101, 1, false, TherapyOutcome.SecondaryLossOfResponse)] // 100 -> 101 mg/day: still a rise
    [InlineData(50, 1, false, TherapyOutcome.Response)]                 // 100 -> 50 mg/day: a taper is not a rise
    [InlineData(200, 2, false, TherapyOutcome.Response)]                // 200 mg every 2 days = 100 mg/day: the same dose
    [InlineData(2, 1, true, TherapyOutcome.Response)]                   // 2 mg/kg/day: not comparable with mg/day, not read as a rise
    public void A_dose_change_after_the_response_is_a_loss_only_when_the_average_daily_dose_rose(double dose, int intervalDays, bool perKilogram, TherapyOutcome expected)
    {
        // Azathioprine 100 mg/day; 12 -> 4 on day 120 (response), 4 again on day 250; the change is on day 200.
        var regimen = new DoseRegimen(perKilogram ? Dose.MilligramsPerKilogram((decimal)dose) : Dose.Milligrams((decimal)dose), intervalDays: intervalDays);
        var course = Azathioprine() with { DoseChanges = [new DoseChange { On = Day(200), Regimen = regimen }] };

        Assert.Equal(expected, Classify(With(course, (-10, 12), (120, 4), (250, 4))).Response);
    }

    [Theory]
    [InlineData(119, TherapyOutcome.Response)]                // before the response: the dose the response was reached on
    [InlineData(120, TherapyOutcome.Response)]                // on the day of the response: likewise
    [InlineData(121, TherapyOutcome.SecondaryLossOfResponse)] // the day after: a rise after the response
    public void A_rise_counts_only_after_the_day_of_the_response(int changeDay, TherapyOutcome expected)
    {
        var course = Azathioprine() with { DoseChanges = [new DoseChange { On = Day(changeDay), Regimen = DoseRegimen.Daily(Dose.Milligrams(150m)) }] };

        Assert.Equal(expected, Classify(With(course, (-10, 12), (120, 4), (250, 4))).Response);
    }

    [Fact]
    public void Of_two_changes_on_the_day_of_the_response_the_later_is_in_force_and_the_earlier_is_no_rise()
    {
        // On day 120, the day of the response, 150 mg/day was recorded and then corrected to 50 mg/day: the response
        // was reached on 50 mg/day, and nothing changed after it.
        var course = Azathioprine() with
        {
            DoseChanges =
            [
                new DoseChange { On = Day(120), Regimen = DoseRegimen.Daily(Dose.Milligrams(150m)) },
                new DoseChange { On = Day(120), Regimen = DoseRegimen.Daily(Dose.Milligrams(50m)) },
            ],
        };

        Assert.Equal(TherapyOutcome.Response, Classify(With(course, (-10, 12), (120, 4), (250, 4))).Response);
    }

    [Fact]
    public void A_dose_tapered_before_the_response_and_held_after_it_is_no_rise()
    {
        // 100 mg/day, raised to 150 on day 30, tapered to 50 on day 60; response on day 120 at 50 mg/day, no change
        // after it. The 150 of day 30 is history, not a rise after the response.
        var course = Azathioprine() with
        {
            DoseChanges =
            [
                new DoseChange { On = Day(30), Regimen = DoseRegimen.Daily(Dose.Milligrams(150m)) },
                new DoseChange { On = Day(60), Regimen = DoseRegimen.Daily(Dose.Milligrams(50m)) },
            ],
        };

        Assert.Equal(TherapyOutcome.Response, Classify(With(course, (-10, 12), (120, 4), (250, 4))).Response);
    }

    // ---- regimens the profile validator rejects ----

    // The validator rejects a regimen with no administrations or a zero interval (an error, so the pipeline runs no
    // evaluator), but an evaluator can be run on a hand-built EvaluationContext, whose constructor is public. The
    // classifier then reads no dose from such a regimen (not assessed, no rise) instead of throwing.
    private static ClassifiedCourse Direct(PatientProfile patient) =>
        Assert.Single(CourseClassifier.Classify(new EvaluationContext(patient, new DateOnly(2023, 1, 1), Pipeline.Definitions, Pipeline.Therapies)));

    [Theory]
    [InlineData(0, 14)]
    [InlineData(1, 0)]
    public void A_regimen_without_administrations_or_interval_is_no_dose(int administrations, int intervalDays)
    {
        var broken = new DoseRegimen(Dose.Milligrams(500m), administrations, intervalDays);
        var daily150 = DoseRegimen.Daily(Dose.Milligrams(150m));
        var renal = Patient(Course(TherapyId.Cyclophosphamide, TherapyClass.AlkylatingAgent, Start) with { Regimen = broken }) with
        {
            Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1), Features = new LupusFeatures { Nephritis = true } }],
        };
        var startsBroken = With(Azathioprine() with { Regimen = broken, DoseChanges = [new DoseChange { On = Day(200), Regimen = daily150 }] }, (-10, 12), (120, 4), (250, 4));
        var changesToBroken = With(Azathioprine() with { DoseChanges = [new DoseChange { On = Day(200), Regimen = broken }] }, (-10, 12), (120, 4), (250, 4));

        Assert.Equal(DoseAdequacy.NotAssessed, Direct(renal).Detail.Dose);
        Assert.Equal(TherapyOutcome.Response, Direct(startsBroken).Detail.Response);
        Assert.Equal(TherapyOutcome.Response, Direct(changesToBroken).Detail.Response);
    }

    // ---- stop reasons ----

    public static TheoryData<string, StopReason?, TherapyOutcome> StopReasons() => new()
    {
        // The data alone: response (12 -> 4), partial (12 -> 10), no response (12 -> 12), too early (stopped on day 60),
        // no visit (stopped on day 150 with none during the course).
        { "response", null, TherapyOutcome.Response },
        { "response", StopReason.AdverseEvent, TherapyOutcome.Intolerance },
        { "response", StopReason.Inefficacy, TherapyOutcome.SecondaryLossOfResponse },
        { "response", StopReason.NonAdherence, TherapyOutcome.Response },
        { "response", StopReason.Remission, TherapyOutcome.Response },
        { "response", StopReason.Other, TherapyOutcome.Response },
        { "partial", null, TherapyOutcome.PartialResponse },
        { "partial", StopReason.AdverseEvent, TherapyOutcome.Intolerance },
        { "partial", StopReason.Inefficacy, TherapyOutcome.PartialResponse },
        { "partial", StopReason.Other, TherapyOutcome.PartialResponse },
        { "no response", null, TherapyOutcome.PrimaryNonResponse },
        { "no response", StopReason.AdverseEvent, TherapyOutcome.Intolerance },
        { "no response", StopReason.Inefficacy, TherapyOutcome.PrimaryNonResponse },
        { "no response", StopReason.NonAdherence, TherapyOutcome.PrimaryNonResponse },
        { "too early", null, TherapyOutcome.TooEarly },
        { "too early", StopReason.AdverseEvent, TherapyOutcome.Intolerance },
        { "too early", StopReason.Inefficacy, TherapyOutcome.PrimaryNonResponse },
        { "too early", StopReason.Remission, TherapyOutcome.TooEarly },
        { "no visit", null, TherapyOutcome.Unknown },
        { "no visit", StopReason.AdverseEvent, TherapyOutcome.Intolerance },
        { "no visit", StopReason.Inefficacy, TherapyOutcome.PrimaryNonResponse },
        { "no visit", StopReason.Other, TherapyOutcome.Unknown },
    };

    [Theory]
    [MemberData(nameof(StopReasons))]
    public void A_stop_reason_overrides_the_data_as_documented(string data, StopReason? stop, TherapyOutcome expected)
    {
        var (endDay, visits) = data switch
        {
            "response" => (150, new[] { (-10, 12), (120, 4) }),
            "partial" => (150, new[] { (-10, 12), (120, 10) }),
            "no response" => (150, new[] { (-10, 12), (120, 12) }),
            "too early" => (60, new[] { (-10, 12), (50, 12) }),
            _ => (150, new[] { (-10, 12) }),
        };

        Assert.Equal(expected, Classify(With(Azathioprine(Day(endDay), stop), visits)).Response);
    }

    [Fact]
    public void A_stop_for_non_adherence_keeps_the_data_outcome_and_shows_non_adherence()
    {
        var finding = Only(With(Azathioprine(Day(150), StopReason.NonAdherence), (-10, 12), (120, 12)));
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, detail.Response);
        Assert.Equal(CourseAdherence.NonAdherent, detail.Adherence);
        Assert.Equal("sle.course.primary-non-response.non-adherent", finding.Rule.Value);
    }

    // ---- therapies whose effect outlasts the course ----

    [Theory]
    [InlineData("rituximab", "anti-cd20", TherapyOutcome.Response)]
    [InlineData("cd19-car-t", "cellular-therapy", TherapyOutcome.Response)]
    [InlineData("autologous-stem-cell-transplant", "stem-cell-transplant", TherapyOutcome.Response)]
    [InlineData("azathioprine", "antimetabolite", TherapyOutcome.TooEarly)] // judged to its end (day 14): too early
    [InlineData("belimumab", "blys-inhibitor", TherapyOutcome.TooEarly)]
    public void Anti_cd20_cellular_therapy_and_transplant_are_judged_after_the_course_ends(string therapy, string @class, TherapyOutcome expected)
    {
        // A course given on days 0 to 14; 12 at baseline, 4 on day 150. Lasting therapies are judged up to the
        // evaluation date, so day 150 is on treatment; the others end on day 14 with no visit during them.
        var course = Course(TherapyId.Create(therapy), TherapyClass.Create(@class), Start, Day(14), StopReason.Other);

        Assert.Equal(expected, Classify(With(course, (-10, 12), (150, 4))).Response);
    }

    [Theory]
    [InlineData(199, TherapyOutcome.SecondaryLossOfResponse, 12)] // the flare the day before the next cycle is in this cycle's window
    [InlineData(200, TherapyOutcome.Response, 4)]                 // a flare on the day the next cycle starts is that cycle's baseline
    public void A_rituximab_cycle_is_judged_until_the_day_before_the_next_cycle(int flareDay, TherapyOutcome expected, int latest)
    {
        // Cycle 1 on days 0-14 (12 -> 4 on day 150), cycle 2 from day 200, evaluated on day 200; a flare to 12.
        var first = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, Start, Day(14), StopReason.Other, 1000m);
        var second = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, Day(200), null, null, 1000m);
        var patient = Patient(first, second) with
        {
            Assessments = [Total(Day(-10), 12), Total(Day(150), 4), Total(Day(flareDay), 12)],
        };

        var findings = CourseFindings(Evaluate(patient, Day(200)));
        var cycle1 = Assert.IsType<CourseClassificationDetail>(Assert.Single(findings, f => f.Course == "$.therapies[0]").Detail);
        var cycle2 = Assert.IsType<CourseClassificationDetail>(Assert.Single(findings, f => f.Course == "$.therapies[1]").Detail);

        Assert.Equal(expected, cycle1.Response);
        Assert.Equal(latest, cycle1.LatestSledai);
        Assert.Equal(12, cycle2.BaselineSledai);
        Assert.Equal(TherapyOutcome.TooEarly, cycle2.Response);
    }

    [Fact]
    public void Another_therapy_starting_does_not_end_the_rituximab_window()
    {
        // Belimumab from day 200 is not a next course of rituximab: the flare on day 200 is in the rituximab window.
        var patient = Patient(
            Course(TherapyId.Rituximab, TherapyClass.AntiCd20, Start, Day(14), StopReason.Other, 1000m),
            Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, Day(200))) with
        {
            Assessments = [Total(Day(-10), 12), Total(Day(150), 4), Total(Day(200), 12)],
        };

        var rituximab = Assert.Single(CourseFindings(Evaluate(patient, Day(200))), f => f.Course == "$.therapies[0]");

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, Assert.IsType<CourseClassificationDetail>(rituximab.Detail).Response);
    }

    // ---- secondary non-depletion non-response (Md Yusof 2017) ----

    // Rituximab cycles on days 0, 200 and 400 (each 14 days, given in clinic); the last one has an infusion reaction
    // and the B-cell result given. Evaluated on day 600.
    private static PatientProfile ThirdCycle(int bCellDay, bool complete, params (int Day, int Total)[] visits)
    {
        TherapyCourse Cycle(int day, bool reaction = false) =>
            Course(TherapyId.Rituximab, TherapyClass.AntiCd20, Day(day), Day(day + 14), StopReason.Other, 1000m) with
            {
                Route = Route.Intravenous,
                Administered = [new Administration { On = Day(day) }, new Administration { On = Day(day + 14), Reaction = reaction }],
            };

        return Patient(Cycle(0), Cycle(200), Cycle(400, reaction: true)) with
        {
            Assessments = [new BCellDepletion { On = Day(bCellDay), Complete = complete }, .. visits.Select(v => (InstrumentAssessment)Total(Day(v.Day), v.Total))],
        };
    }

    private static CourseClassificationDetail Cycle3(PatientProfile patient) => Assert.IsType<CourseClassificationDetail>(
        Assert.Single(CourseFindings(Evaluate(patient, Day(600))), f => f.Course == "$.therapies[2]").Detail);

    [Fact]
    public void A_third_cycle_after_two_earlier_ones_is_a_retreatment()
    {
        // Every earlier cycle makes this one a retreatment, not only an odd number of them.
        var detail = Cycle3(ThirdCycle(bCellDay: 442, complete: false));

        Assert.True(detail.SecondaryNonDepletion);
        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, detail.Response);
    }

    [Theory]
    [InlineData(400, true)]  // a B-cell result on the day the cycle starts is within its effect
    [InlineData(399, false)] // the day before belongs to the earlier cycle
    public void A_b_cell_result_counts_from_the_first_day_of_the_cycle(int bCellDay, bool nonDepletion)
    {
        var detail = Cycle3(ThirdCycle(bCellDay, complete: false));

        Assert.Equal(nonDepletion, detail.SecondaryNonDepletion);
    }

    [Theory]
    [InlineData(2, TherapyOutcome.Response)]        // SLEDAI-2K 12 -> 2: the activity data show a response
    [InlineData(10, TherapyOutcome.PartialResponse)] // 12 -> 10: a partial response
    [InlineData(12, TherapyOutcome.SecondaryLossOfResponse)] // 12 -> 12: no response, and the definition decides
    public void A_response_in_the_activity_data_outweighs_defective_depletion(int latest, TherapyOutcome expected)
    {
        var detail = Cycle3(ThirdCycle(bCellDay: 442, complete: false, (395, 12), (550, latest)));

        Assert.Equal(expected, detail.Response);
        Assert.Equal(expected == TherapyOutcome.SecondaryLossOfResponse, detail.SecondaryNonDepletion);
    }

    // ---- which courses are classified, and what a finding cites ----

    [Fact]
    public void Glucocorticoids_and_courses_after_the_evaluation_date_are_not_classified_and_a_course_starting_on_it_is()
    {
        var asOf = Day(400);
        var patient = Patient(
            Course(TherapyId.Prednisone, TherapyClass.Glucocorticoid, Start, milligrams: 10m),
            Azathioprine(),
            Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, asOf, milligrams: 400m),
            Course(TherapyId.Methotrexate, TherapyClass.Antimetabolite, asOf.AddDays(1), milligrams: 15m));

        var findings = CourseFindings(Evaluate(patient, asOf));

        Assert.Equal(["$.therapies[1]", "$.therapies[2]"], findings.Select(f => f.Course));
        var startingToday = Assert.IsType<CourseClassificationDetail>(findings[1].Detail);
        Assert.Equal(TherapyOutcome.TooEarly, startingToday.Response);
        Assert.Equal(0, startingToday.Months);
    }

    [Fact]
    public void A_finding_cites_the_baseline_and_on_treatment_visits_and_the_thresholds_it_applied()
    {
        // Assessments: [0] day -100 (outside the window), [1] day -10 (12, the baseline), [2] day 120 (10), [3] day 200
        // (9). 12 -> 9: no response, a fall of 3: partial.
        var finding = Only(With(Azathioprine(), (-100, 14), (-10, 12), (120, 10), (200, 9)));

        Assert.Equal(TherapyOutcome.PartialResponse, Assert.IsType<CourseClassificationDetail>(finding.Detail).Response);
        Assert.Contains("$.assessments[1]", finding.Facts);
        Assert.Contains("$.assessments[2]", finding.Facts);
        Assert.Contains("$.assessments[3]", finding.Facts);
        Assert.DoesNotContain("$.assessments[0]", finding.Facts);
        Assert.Equal(Day(200), finding.On); // dated at the last on-treatment visit, not at the evaluation date
        Assert.Collection(
            finding.Thresholds,
            level =>
            {
                Assert.Equal("SLEDAI-2K at the latest visit of the course (response level)", level.Name);
                Assert.Equal(ComparisonOperator.LessThanOrEqual, level.Operator);
                Assert.Equal(4m, level.Limit);
                Assert.Equal(9m, level.Observed);
            },
            fall =>
            {
                Assert.Equal("SLEDAI-2K fall from baseline (SRI-4 component)", fall.Name);
                Assert.Equal(ComparisonOperator.GreaterThanOrEqual, fall.Operator);
                Assert.Equal(4m, fall.Limit);
                Assert.Equal(3m, fall.Observed);
            });
    }

    [Fact]
    public void Without_a_baseline_only_the_level_threshold_applies_and_without_visits_none()
    {
        var noBaseline = Only(With(Azathioprine(), (120, 10)));
        var noVisit = Only(With(Azathioprine(), (-10, 10)));

        Assert.Equal(10m, Assert.Single(noBaseline.Thresholds).Observed);
        Assert.Empty(noVisit.Thresholds);
        Assert.Equal<string>(["$.therapies[0]", "$.assessments[0]"], noVisit.Facts);
    }

    [Fact]
    public void The_selected_trial_definitions_are_the_ones_applied()
    {
        // A tuned copy with a response level of 5: 8 -> 5 is a response under it; under the default it is a fall of 3
        // to a total above 4, a partial response.
        var tuned = TreatmentTrialDefinitions.Default with { Id = DefinitionSetId.Create("test.treatment-trial.level-5"), SledaiResponseLevel = 5 };
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(tuned).Build();
        var patient = With(Azathioprine(), (-10, 8), (120, 5));

        Assert.Equal(TherapyOutcome.Response, Classify(patient, pipeline: pipeline).Response);
        Assert.Equal(TherapyOutcome.PartialResponse, Classify(patient).Response);
    }

    // ---- the summary's therapy name and period ----

    [Theory]
    [InlineData(180, 365, "Azathioprine (2022-01-01 to 2022-06-30): ")]
    [InlineData(180, 180, "Azathioprine (2022-01-01 to 2022-06-30): ")] // ended on the evaluation date
    [InlineData(180, 179, "Azathioprine (from 2022-01-01, ongoing): ")] // ends after the evaluation date
    [InlineData(null, 365, "Azathioprine (from 2022-01-01, ongoing): ")]
    public void A_finding_names_the_therapy_and_its_period(int? endDay, int asOfDay, string expected)
    {
        var course = Azathioprine(endDay is { } e ? Day(e) : null, endDay is null ? null : StopReason.Other);

        Assert.StartsWith(expected, Only(With(course, (-10, 12)), Day(asOfDay)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_therapy_outside_the_catalog_is_named_by_its_id()
    {
        var course = Course(TherapyId.Create("trial-drug-x"), TherapyClass.Antimetabolite, Start);
        var assessment = Evaluate(With(course, (-10, 12)));

        Assert.StartsWith("trial-drug-x (from 2022-01-01, ongoing): ", Assert.Single(CourseFindings(assessment)).Summary, StringComparison.Ordinal);
        Assert.Equal("trial-drug-x", Assert.Single(assessment.Verdict!.Therapies).Name);
    }
}

using AutoimmuneResistance.Lupus.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

// Vignette V1 of /work/shared/docs/vignettes.md: SLE, activity persists on hydroxychloroquine with prednisone 10 mg/day.
internal static class VignetteV1
{
    public static PatientProfile Profile() => new()
    {
        Subject = SubjectId.Create("V1"),
        BirthYear = 1990,
        Sex = Sex.Female,
        BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2023, 1, 10), Weight = BodyWeight.Kilograms(60m) }],
        Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2019, 5, 1), Codes = [ClinicalCode.SnomedCt("55464009")] }],
        Therapies =
        [
            Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2019, 6, 1), milligrams: 400m),
            Course(TherapyId.Prednisone, TherapyClass.Glucocorticoid, new DateOnly(2022, 6, 1), milligrams: 10m),
        ],
        Assessments =
        [
            Sledai(new DateOnly(2023, 1, 10), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement),
            Sledai(new DateOnly(2023, 4, 12), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement),
            Sledai(new DateOnly(2023, 7, 14), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Alopecia),
        ],
    };

    public static PatientProfile FromJson()
    {
        var read = Pipeline.Json.ReadProfile(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "vignettes", "v1.json")));
        Assert.True(read.Profile is not null, string.Join("; ", read.Diagnostics));
        return read.Profile;
    }
}

/// <summary>
/// A record of SLEDAI-2K visits on prednisone and an immunosuppressant, and a later visit to add to it: how many days
/// after the last visit, with which descriptors.
/// </summary>
public sealed record LaterVisitCase(PatientProfile Profile, int LateDays, Sledai2kDescriptor[] LateDescriptors)
{
    public override string ToString() =>
        $"a visit {LateDays} days after the last with [{string.Join(", ", LateDescriptors)}], added to {Pipeline.Json.Serialize(Profile)}";
}

/// <summary>
/// The severe-refractory property's arbitrary: records of any number of SLEDAI-2K visits 1 to 60 weeks apart (scoring
/// 9, 10, 4 or 14), prednisone 15 mg/day ending after 100 to 1500 days and a second therapy (mostly mycophenolate)
/// from a random day; and a later visit scoring 9, 4 or 10. No shrinking.
/// </summary>
internal static class RefractoryDefinitionsArbitraries
{
    public static readonly DateOnly Start = new(2022, 1, 1);

    public static Arbitrary<LaterVisitCase> LaterVisits()
    {
        var nine = RefractoryDefinitionsEvaluatorTests.Nine;
        var ten = RefractoryDefinitionsEvaluatorTests.Ten;
        var descriptors = Gen.Elements(nine, ten, ten, [Sledai2kDescriptor.Arthritis], [.. ten, Sledai2kDescriptor.Proteinuria]);
        return (from visits in Gen.ListOf(from gap in Gen.Choose(1, 60) from present in descriptors select (gap, present))
                from gcEnd in Gen.Choose(100, 1500)
                from isStart in Gen.Choose(0, 300)
                from isTherapy in Gen.Elements(TherapyId.MycophenolateMofetil, TherapyId.MycophenolateMofetil, TherapyId.Belimumab, TherapyId.Hydroxychloroquine)
                from late in Gen.Choose(1, 200)
                from lateDescriptors in Gen.Elements(nine, [Sledai2kDescriptor.Arthritis], ten)
                select new LaterVisitCase(Build(Start, visits, gcEnd, isStart, isTherapy), late, lateDescriptors)).ToArbitrary();
    }

    private static PatientProfile Build(DateOnly start, IEnumerable<(int Gap, Sledai2kDescriptor[] Present)> visits, int gcEnd, int isStart, TherapyId isTherapy)
    {
        var on = start;
        var assessments = new List<InstrumentAssessment>();
        foreach (var (gap, present) in visits)
        {
            on = on.AddDays(gap * 7);
            assessments.Add(Sledai(on, present));
        }

        var catalogClass = isTherapy == TherapyId.Belimumab ? TherapyClass.BlysInhibitor
            : isTherapy == TherapyId.Hydroxychloroquine ? TherapyClass.Antimalarial
            : TherapyClass.Antimetabolite;
        return Patient(
            Course(TherapyId.Prednisone, TherapyClass.Glucocorticoid, start, end: start.AddDays(gcEnd), milligrams: 15m),
            Course(isTherapy, catalogClass, start.AddDays(isStart), milligrams: 400m)) with
        {
            Assessments = [.. assessments],
        };
    }
}

[Properties(Arbitrary = [typeof(RefractoryDefinitionsArbitraries)])]
public sealed class RefractoryDefinitionsEvaluatorTests
{
    private const string Evaluator = "sle.refractory-definitions";
    private const string SevereRule = "sle.refractory.severe-refractory-sle-aplc-pilot-2025";
    private const string HdasRule = "sle.refractory.high-disease-activity-status";
    private const string TargetRule = "sle.refractory.not-at-target";

    internal static readonly Sledai2kDescriptor[] Nine = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Fever];
    internal static readonly Sledai2kDescriptor[] Ten = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Alopecia];

    private static TherapyCourse Prednisone(decimal milligrams = 10m) => Course(TherapyId.Prednisone, TherapyClass.Glucocorticoid, new DateOnly(2022, 1, 1), milligrams: milligrams);

    private static TherapyCourse Mycophenolate() => Course(TherapyId.MycophenolateMofetil, TherapyClass.Antimetabolite, new DateOnly(2022, 1, 1), milligrams: 2000m);

    private static Finding Rule(IReadOnlyList<Finding> findings, string rule) => Assert.Single(findings, f => f.Rule.Value == rule);

    [Fact]
    public void V1_end_to_end_gives_the_vignette_verdicts()
    {
        foreach (var patient in new[] { VignetteV1.Profile(), VignetteV1.FromJson() })
        {
            var assessment = Pipeline.Evaluate(patient);
            Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
            var findings = assessment.Findings.Where(f => f.Evaluator.Value == Evaluator).ToList();

            // Severe refractory pilot definition: not met (only the last visit reaches 10; HCQ alone is not an immunosuppressant).
            var severe = Rule(findings, SevereRule);
            Assert.Equal(FindingStatus.NotSupported, severe.Status);
            Assert.Equal(RefractoryDefinitionsEvaluator.SevereRefractoryDisease, severe.Mechanism);
            Assert.Contains("only on 2023-07-14 (10), never at two consecutive visits", severe.Summary, StringComparison.Ordinal);
            Assert.Contains("no immunosuppressant at any visit (hydroxychloroquine is an antimalarial, not an immunosuppressant", severe.Summary, StringComparison.Ordinal);
            Assert.Equal([8m, 10m], severe.Thresholds.Select(t => t.Observed!.Value));
            Assert.Equal("10.1186/s13075-025-03622-8", Assert.Single(severe.Citations).Doi);

            // High disease activity status at the latest visit (10 >= 10).
            var hdas = Rule(findings, HdasRule);
            Assert.Equal(FindingStatus.Supported, hdas.Status);
            Assert.Equal(new DateOnly(2023, 7, 14), hdas.On);

            // Not in LLDAS (SLEDAI-2K > 4, prednisone > 7.5 mg) at any visit, nor in DORIS remission: not at target at
            // every visit, one finding whose timeline holds the three visits and whose text details the latest.
            var target = Rule(findings, TargetRule);
            Assert.Equal(FindingStatus.Supported, target.Status);
            Assert.Equal(new DateOnly(2023, 7, 14), target.On);
            Assert.StartsWith("Neither in LLDAS nor in DORIS remission at 3 of 3 visits. Latest: not at target on 2023-07-14", target.Summary, StringComparison.Ordinal);
            Assert.Contains("not in LLDAS (SLEDAI-2K total <= 4", target.Summary, StringComparison.Ordinal);
            Assert.Contains("current prednisolone (or equivalent) <= 7.5 mg/day (Franklyn 2016, criterion 4): observed 10", target.Summary, StringComparison.Ordinal);
            Assert.Equal([(8m, true), (8m, true), (10m, true)], target.Timeline!.Points.Select(p => (p.Observed!.Value, p.Met!.Value)));
            Assert.Equal(["$.assessments[0]", "$.assessments[1]", "$.assessments[2]"], target.Timeline.Points.Select(p => p.Fact!));
            var sledai = Assert.Single(target.Thresholds, t => t.Name.StartsWith("LLDAS: SLEDAI-2K total", StringComparison.Ordinal));
            Assert.False(sledai.IsMet);
            var prednisone = Assert.Single(target.Thresholds, t => t.Name.StartsWith("LLDAS: current prednisolone", StringComparison.Ordinal));
            Assert.Equal((7.5m, 10m, false), (prednisone.Limit, prednisone.Observed!.Value, prednisone.IsMet!.Value));
        }
    }

    [Fact]
    public void V1_json_reads_to_the_same_profile_as_the_csharp_one()
    {
        Assert.Equal(Pipeline.Json.Serialize(VignetteV1.Profile()), Pipeline.Json.Serialize(VignetteV1.FromJson()));
    }

    [Theory]
    [InlineData(10, FindingStatus.Supported)]
    [InlineData(9, FindingStatus.NotSupported)]
    public void High_disease_activity_status_is_sledai_10_or_more_at_the_latest_visit(int total, FindingStatus expected)
    {
        var patient = Patient(Prednisone()) with
        {
            Assessments = [Sledai(new DateOnly(2023, 1, 1), Ten), Sledai(new DateOnly(2023, 4, 1), total == 10 ? Ten : Nine)],
        };

        var hdas = Rule(Findings(patient, Evaluator), HdasRule);

        Assert.Equal(expected, hdas.Status);
        Assert.Equal(total, Assert.Single(hdas.Thresholds).Observed);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, hdas.Thresholds[0].Operator);
    }

    [Theory]
    [InlineData(10, 10, FindingStatus.Supported)]
    [InlineData(10, 9, FindingStatus.NotSupported)]
    [InlineData(9, 10, FindingStatus.NotSupported)]
    public void Severe_refractory_needs_sledai_10_at_two_consecutive_visits(int first, int second, FindingStatus expected)
    {
        var patient = Patient(Prednisone(), Mycophenolate()) with
        {
            Assessments =
            [
                Sledai(new DateOnly(2022, 6, 1), Nine),
                Sledai(new DateOnly(2023, 1, 1), first == 10 ? Ten : Nine),
                Sledai(new DateOnly(2023, 4, 1), second == 10 ? Ten : Nine),
            ],
        };

        var severe = Rule(Findings(patient, Evaluator), SevereRule);

        Assert.Equal(expected, severe.Status);
        if (expected == FindingStatus.Supported)
        {
            Assert.Equal(new DateOnly(2023, 4, 1), severe.On);
            Assert.Contains("mycophenolate-mofetil", severe.Summary, StringComparison.Ordinal);
            Assert.Contains("$.therapies[1]", severe.Facts);
        }
    }

    [Fact]
    public void A_biologic_counts_as_an_immunosuppressant_and_hydroxychloroquine_does_not()
    {
        var visits = new InstrumentAssessment[] { Sledai(new DateOnly(2023, 1, 1), Ten), Sledai(new DateOnly(2023, 4, 1), Ten) };
        var belimumab = Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, new DateOnly(2022, 1, 1), milligrams: 600m);
        var hcq = Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2022, 1, 1), milligrams: 400m);

        Assert.Equal(FindingStatus.Supported, Rule(Findings(Patient(Prednisone(), belimumab) with { Assessments = [.. visits] }, Evaluator), SevereRule).Status);
        Assert.Equal(FindingStatus.NotSupported, Rule(Findings(Patient(Prednisone(), hcq) with { Assessments = [.. visits] }, Evaluator), SevereRule).Status);
    }

    [Fact]
    public void Severe_refractory_needs_glucocorticoids_at_both_visits()
    {
        var prednisone = Prednisone() with { End = new DateOnly(2023, 2, 1) };
        var patient = Patient(prednisone, Mycophenolate()) with
        {
            Assessments = [Sledai(new DateOnly(2022, 6, 1), Nine), Sledai(new DateOnly(2023, 1, 1), Ten), Sledai(new DateOnly(2023, 4, 1), Ten)],
        };

        var severe = Rule(Findings(patient, Evaluator), SevereRule);

        Assert.Equal(FindingStatus.NotSupported, severe.Status);
        Assert.Contains("no glucocorticoid on 2023-04-01", severe.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualifying_first_visit_without_its_predecessor_is_unknown()
    {
        var patient = Patient(Prednisone(), Mycophenolate()) with
        {
            Assessments = [Sledai(new DateOnly(2023, 1, 1), Ten), Sledai(new DateOnly(2023, 4, 1), Sledai2kDescriptor.Arthritis)],
        };

        var severe = Rule(Findings(patient, Evaluator), SevereRule);

        Assert.Equal(FindingStatus.Unknown, severe.Status);
        Assert.Contains("before 2023-01-01", severe.Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_sledai_visits_the_activity_definitions_say_nothing()
    {
        // A record without SLEDAI-2K (a kidney-only record, say): no definition of activity applies, so no unknown
        // finding buries the ones that matter.
        var findings = Findings(Patient(Prednisone()) with { Assessments = [new PhysicianGlobalAssessment { On = new DateOnly(2023, 1, 1), Score = 1m }] }, Evaluator);

        Assert.Empty(findings);
    }

    [Fact]
    public void Recorded_totals_count_for_activity_and_decide_not_at_target_only_when_above_what_serology_can_add()
    {
        var patient = Patient(Prednisone()) with
        {
            Assessments =
            [
                new RecordedScore { On = new DateOnly(2023, 1, 1), Instrument = LupusIds.Sledai2k, Score = 12m },
                new RecordedScore { On = new DateOnly(2023, 4, 1), Instrument = LupusIds.Sledai2k, Score = 4m },
            ],
        };

        var findings = Findings(patient, Evaluator);

        Assert.Equal(FindingStatus.NotSupported, Rule(findings, HdasRule).Status);
        var target = Rule(findings, TargetRule);
        Assert.Equal([true, (bool?)null], target.Timeline!.Points.Select(p => p.Met));
        Assert.Equal(FindingStatus.Unknown, target.Status);
        Assert.Equal("$.assessments[1]", target.Gap!.Path);
        Assert.StartsWith("Neither in LLDAS nor in DORIS remission at 1 of 2 visits (1 undecided).", target.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "LLDAS <= 4; DORIS clinical SLEDAI-2K = 0")]
    [InlineData(2, "LLDAS <= 2; DORIS clinical SLEDAI-2K = 0")]
    public void A_recorded_total_threshold_names_the_limits_it_compares_with(int? lldasLimit, string expected)
    {
        var patient = Patient(Prednisone()) with
        {
            Assessments = [new RecordedScore { On = new DateOnly(2023, 1, 1), Instrument = LupusIds.Sledai2k, Score = 12m }],
        };
        var builder = new ResistancePipelineBuilder().AddLupus();
        if (lldasLimit is { } limit)
        {
            builder.UseDefinitionSet(TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("test.treat-to-target.lldas-2"), LldasMaxSledai2k = limit });
        }

        var target = Assert.Single(builder.Build().Evaluate(patient).Findings, f => f.Rule.Value == TargetRule);

        Assert.Contains(expected, Assert.Single(target.Thresholds).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_activity_in_lldas_is_at_target()
    {
        // SLEDAI-2K 2 (serology), unchanged; PGA 0.5; BILAG gastrointestinal and haematological never involved;
        // prednisone 5 mg; no immunosuppressant: LLDAS met (DORIS needs PGA < 0.5, so not met).
        var patient = Patient(Prednisone(5m)) with
        {
            Assessments =
            [
                Sledai(new DateOnly(2023, 1, 1), Sledai2kDescriptor.LowComplement),
                Sledai(new DateOnly(2023, 4, 1), Sledai2kDescriptor.LowComplement),
                new PhysicianGlobalAssessment { On = new DateOnly(2023, 4, 1), Score = 0.5m },
                new BilagVisit
                {
                    On = new DateOnly(2023, 4, 1),
                    Domains =
                    [
                        new BilagDomainGrade { Domain = BilagDomain.Gastrointestinal, Grade = BilagGrade.E },
                        new BilagDomainGrade { Domain = BilagDomain.Haematological, Grade = BilagGrade.E },
                    ],
                },
            ],
        };

        var latest = Findings(patient, Evaluator).Where(f => f.Rule.Value == TargetRule).MaxBy(f => f.On)!;

        Assert.Equal(FindingStatus.NotSupported, latest.Status);
        Assert.Contains("in LLDAS", latest.Summary, StringComparison.Ordinal);
        Assert.Contains("$.assessments[2]", latest.Facts);
        Assert.Contains("$.assessments[3]", latest.Facts);
    }

    // Quiet disease on hydroxychloroquine and mycophenolate with prednisone 5 mg and PGA 0.25: LLDAS and DORIS then turn
    // on criterion 5 / the stable-therapy statement, which only a maintenance therapy review on the visit date supplies.
    private static PatientProfile QuietOnMaintenance(params InstrumentAssessment[] extra)
    {
        var on = new DateOnly(2023, 4, 1);
        return Patient(
            Prednisone(5m),
            Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2022, 1, 1), milligrams: 300m),
            Mycophenolate()) with
        {
            Assessments =
            [
                Sledai(new DateOnly(2023, 1, 1), Sledai2kDescriptor.LowComplement),
                Sledai(on, Sledai2kDescriptor.LowComplement),
                new PhysicianGlobalAssessment { On = on, Score = 0.25m },
                new BilagVisit
                {
                    On = on,
                    Domains =
                    [
                        new BilagDomainGrade { Domain = BilagDomain.Gastrointestinal, Grade = BilagGrade.E },
                        new BilagDomainGrade { Domain = BilagDomain.Haematological, Grade = BilagGrade.E },
                    ],
                },
                .. extra,
            ],
        };
    }

    // The not-at-target finding, folded over every visit: its status and text are the latest visit's.
    private static Finding LatestTarget(PatientProfile patient) => Rule(Findings(patient, Evaluator), TargetRule);

    [Fact]
    public void On_maintenance_therapy_without_a_review_the_target_state_is_unknown_and_names_the_review()
    {
        var target = LatestTarget(QuietOnMaintenance());

        Assert.Equal(FindingStatus.Unknown, target.Status);
        Assert.Equal("$.assessments", target.Gap!.Path);
        Assert.Contains("sle.maintenance-therapy-review", target.Gap.Datum, StringComparison.Ordinal);
        Assert.Contains("hydroxychloroquine, mycophenolate-mofetil", target.Gap.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_of_well_tolerated_stable_maintenance_therapy_puts_a_quiet_patient_at_target()
    {
        // Clinical SLEDAI-2K 0, PGA 0.25 < 0.5, prednisone 5 <= 5 (default DORIS), HCQ 300 <= 400 and MMF 2000 <= 3000
        // mg/day (Golder 2016 caps), well tolerated and stable: both LLDAS and DORIS remission.
        var review = new MaintenanceTherapyReview { On = new DateOnly(2023, 4, 1), WellTolerated = true, Stable = true };

        var target = LatestTarget(QuietOnMaintenance(review));

        Assert.Equal(FindingStatus.NotSupported, target.Status);
        Assert.Contains("in LLDAS and in DORIS remission", target.Summary, StringComparison.Ordinal);
        Assert.Contains("$.assessments[4]", target.Facts);
    }

    [Fact]
    public void The_review_has_the_wire_form_the_evaluator_page_shows()
    {
        var review = new MaintenanceTherapyReview { On = new DateOnly(2023, 4, 1), WellTolerated = true, Stable = true };

        var json = Pipeline.Json.Serialize(QuietOnMaintenance(review));

        Assert.Contains("""{"$kind":"sle.maintenance-therapy-review","wellTolerated":true,"stable":true,"on":"2023-04-01"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_of_another_day_does_not_count()
    {
        var review = new MaintenanceTherapyReview { On = new DateOnly(2023, 3, 31), WellTolerated = true, Stable = true };

        Assert.Equal(FindingStatus.Unknown, LatestTarget(QuietOnMaintenance(review)).Status);
    }

    // What the review states decides LLDAS criterion 5 and DORIS "stable" for the quiet patient on maintenance therapy.
    [Theory]
    [InlineData(false, false, null, FindingStatus.Supported, "well-tolerated")]
    [InlineData(false, true, null, FindingStatus.NotSupported, "at target on 2023-04-01: in DORIS remission.")]
    [InlineData(true, false, null, FindingStatus.NotSupported, "at target on 2023-04-01: in LLDAS.")]
    [InlineData(true, false, true, FindingStatus.Supported, "no investigational drug")]
    public void The_review_decides_the_maintenance_criteria(bool wellTolerated, bool stable, bool? investigational, FindingStatus expected, string text)
    {
        var review = new MaintenanceTherapyReview { On = new DateOnly(2023, 4, 1), WellTolerated = wellTolerated, Stable = stable, InvestigationalDrug = investigational };

        var target = LatestTarget(QuietOnMaintenance(review));

        Assert.Equal(expected, target.Status);
        Assert.Contains(text, target.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_activity_without_a_physician_global_assessment_is_unknown_and_names_it()
    {
        var patient = Patient(Prednisone(5m)) with { Assessments = [Sledai(new DateOnly(2023, 4, 1), Sledai2kDescriptor.LowComplement)] };

        var target = Rule(Findings(patient, Evaluator), TargetRule);

        Assert.Equal(FindingStatus.Unknown, target.Status);
        Assert.Equal("a physician global assessment (0-3) on 2023-04-01", target.Gap!.Datum);
    }

    [Fact]
    public void A_visit_that_cannot_be_scored_is_skipped_with_a_warning()
    {
        var patient = Patient(Prednisone()) with
        {
            Assessments =
            [
                Sledai(new DateOnly(2023, 1, 1), Ten),
                Sledai(new DateOnly(2023, 4, 1), Sledai2kDescriptor.Rash, Sledai2kDescriptor.Rash),
            ],
        };

        var assessment = Pipeline.Evaluate(patient);

        Assert.False(assessment.HasErrors);
        var warning = Assert.Single(assessment.Warnings, w => w.Evaluator?.Value == Evaluator);
        Assert.Equal("$.assessments[1].present[1]", warning.Path);
        var hdas = Assert.Single(assessment.Findings, f => f.Rule.Value == HdasRule);
        Assert.Equal(new DateOnly(2023, 1, 1), hdas.On);
    }

    [Fact]
    public void The_evaluators_mechanisms_are_registered_with_the_module()
    {
        foreach (var mechanism in RefractoryDefinitionsEvaluator.Mechanisms)
        {
            Assert.True(Pipeline.Mechanisms.TryGet(mechanism.Id, out _), mechanism.Id.Value);
        }

        Assert.Contains(Pipeline.Evaluators, e => e.Id.Value == Evaluator);
        Assert.Contains(Pipeline.Evaluators, e => e.Id.Value == "sle.glucocorticoids");
    }

    [Property(MaxTest = 300)]
    public bool Adding_a_later_failed_visit_never_undoes_a_met_severe_refractory_definition(LaterVisitCase c)
    {
        var before = Severe(c.Profile);
        var last = c.Profile.Assessments.IsEmpty ? RefractoryDefinitionsArbitraries.Start : c.Profile.Assessments.Max(a => a.On);
        var lateOn = last.AddDays(c.LateDays);
        var extended = c.Profile with { Assessments = c.Profile.Assessments.Add(Sledai(lateOn, c.LateDescriptors)) };
        var after = Severe(extended);
        return before != FindingStatus.Supported || after == FindingStatus.Supported;
    }

    // The property above says nothing about records that never meet the definition, so the generator must produce
    // enough that do. The hand-run property counted them across its own 300 cases; a [Property] sees one case at a
    // time, so the count is taken here on 300 cases drawn from the same arbitrary.
    [Fact]
    public void The_generated_records_often_meet_the_severe_refractory_definition()
    {
        var met = GeneratorSamples.Draw(RefractoryDefinitionsArbitraries.LaterVisits(), 300).Count(c => Severe(c.Profile) == FindingStatus.Supported);

        Assert.True(met >= 20, $"only {met} of 300 generated profiles met the definition; the property was barely exercised");
    }

    // The severe refractory status, or null when the evaluator says nothing (no SLEDAI-2K visit).
    private static FindingStatus? Severe(PatientProfile patient)
    {
        var asOf = patient.LatestRecordedDate()!.Value;
        var output = new EvaluationOutput();
        new RefractoryDefinitionsEvaluator().Evaluate(new EvaluationContext(patient, asOf, Pipeline.Definitions, Pipeline.Therapies), output);
        if (patient.Assessments.IsEmpty)
        {
            Assert.Empty(output.Findings);
            return null;
        }

        return Rule(output.Findings, SevereRule).Status;
    }
}

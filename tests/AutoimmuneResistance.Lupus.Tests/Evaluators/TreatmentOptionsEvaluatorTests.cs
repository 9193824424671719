using System.Text;
using System.Text.RegularExpressions;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed partial class TreatmentOptionsEvaluatorTests
{
    private const string Evaluator = "sle.treatment-options";
    private static readonly DateOnly MmfStart = new(2022, 2, 1);
    private static readonly DateOnly MmfEnd = new(2022, 8, 1);
    private static readonly DateOnly CycStart = new(2022, 9, 1);
    private static readonly DateOnly CycEnd = new(2023, 3, 1);

    // Vignette V2 (docs/vignettes.md): class IV lupus nephritis failing two inductions in an adherent patient.
    // "eGFR stable" is recorded as 95, 94 and 95 mL/min/1.73 m2; the vignette gives no numbers.
    internal static PatientProfile V2() => new()
    {
        Subject = SubjectId.Create("V2"),
        BirthYear = 1997,
        Sex = Sex.Female,
        BodyWeights = [new BodyWeightMeasurement { On = MmfStart, Weight = BodyWeight.Kilograms(55m) }],
        Diagnoses =
        [
            new Diagnosis
            {
                Disease = LupusIds.Sle,
                Onset = new DateOnly(2021, 3, 1),
                Codes = [ClinicalCode.SnomedCt("55464009")],
                Features = new LupusFeatures { RenalBiopsyOn = new DateOnly(2022, 1, 15), NephritisClasses = [LupusNephritisClass.IV], Nephritis = true },
            },
        ],
        Therapies =
        [
            new TherapyCourse
            {
                Therapy = TherapyId.MycophenolateMofetil, Class = TherapyClass.Antimetabolite, Route = Route.Oral,
                Start = MmfStart, End = MmfEnd, Regimen = new DoseRegimen(Dose.Milligrams(1500m), administrations: 2),
            },
            new TherapyCourse { Therapy = TherapyId.Prednisone, Class = TherapyClass.Glucocorticoid, Route = Route.Oral, Start = MmfStart, End = MmfEnd },
            new TherapyCourse
            {
                Therapy = TherapyId.Cyclophosphamide, Class = TherapyClass.AlkylatingAgent, Route = Route.Intravenous,
                Start = CycStart, End = CycEnd, Regimen = new DoseRegimen(Dose.Milligrams(500m), intervalDays: 14),
            },
        ],
        Observations =
        [
            Upcr(MmfStart, 3.0m), Upcr(new DateOnly(2022, 5, 1), 2.9m), Upcr(MmfEnd, 2.8m), Upcr(new DateOnly(2022, 12, 1), 2.9m), Upcr(CycEnd, 2.9m),
            Egfr(MmfStart, 95m), Egfr(MmfEnd, 94m), Egfr(CycEnd, 95m),
        ],
        DrugLevels = [Hcq(new DateOnly(2022, 6, 1), 900m), Hcq(new DateOnly(2022, 12, 1), 900m)],
    };

    [Fact]
    public void The_v2_profile_in_json_is_the_v2_profile_in_code()
    {
        var read = Pipeline.Json.ReadProfile(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "vignettes", "v2.json")));

        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Assert.Equal(Pipeline.Json.Serialize(V2()), Pipeline.Json.Serialize(read.Profile!));
        Assert.Equal(
            Pipeline.Json.Serialize(Pipeline.Evaluate(V2())),
            Pipeline.Json.Serialize(Pipeline.Evaluate(read.Profile!)));
    }

    [Fact]
    public void V2_lists_anti_cd20_belimumab_a_calcineurin_inhibitor_and_car_t_in_that_order()
    {
        var finding = Assert.Single(Findings(V2(), Evaluator));

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Equal(LupusMechanisms.TreatmentOptions, finding.Mechanism);
        Assert.Equal(TreatmentOptionsEvaluator.RefractoryNephritis, finding.Rule);
        Assert.Equal(CycEnd, finding.On);
        var detail = Assert.IsType<TreatmentOptionsDetail>(finding.Detail);
        Assert.Equal(TreatmentOptionsSetting.Renal, detail.Setting);
        Assert.Equal([TreatmentOptionsEvaluator.RefractoryNephritis], detail.Triggers.ToArray());
        Assert.Equal(
            [TreatmentOptionCatalog.AntiCd20, TreatmentOptionCatalog.AddOnBelimumab, TreatmentOptionCatalog.CalcineurinInhibitor, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.SwitchInduction],
            detail.Options.Select(o => o.Key));
        Assert.Equal([1, 2, 3, 4, 5], detail.Options.Select(o => o.Rank));

        var antiCd20 = detail.Options[0];
        Assert.Equal([TherapyId.Rituximab, TherapyId.Obinutuzumab], antiCd20.Therapies.ToArray());
        Assert.Equal(EvidenceGrade.Guideline, antiCd20.Grade);
        Assert.Contains(TargetCitations.Fanouriakis2020, antiCd20.Citations);
        Assert.Contains(TreatmentOptionSources.Regency, antiCd20.Citations);
        Assert.Contains(TreatmentOptionSources.Nobility, antiCd20.Citations);

        var belimumab = detail.Options[1];
        Assert.Equal([TherapyId.Belimumab], belimumab.Therapies.ToArray());
        Assert.True(belimumab.Has(TreatmentOptionTag.AddOn));
        Assert.Contains(TreatmentOptionSources.BlissLn, belimumab.Citations);

        var calcineurin = detail.Options[2];
        Assert.Equal([TherapyId.Voclosporin, TherapyId.Tacrolimus], calcineurin.Therapies.ToArray());
        Assert.Contains(TreatmentOptionSources.Aurora1, calcineurin.Citations);

        var carT = detail.Options[3];
        Assert.Equal([TherapyId.Cd19CarT], carT.Therapies.ToArray());
        Assert.True(carT.Has(TreatmentOptionTag.Emerging));
        Assert.Equal(EvidenceGrade.Observational, carT.Grade);
        Assert.Contains(TreatmentOptionSources.MackensenCarT, carT.Citations);

        Assert.All(detail.Options, o => Assert.NotEmpty(o.Citations));
        Assert.All(detail.Options.Take(4), o => Assert.False(o.Has(TreatmentOptionTag.AlreadyTried)));
    }

    [Fact]
    public void V2_marks_the_two_failed_inductions_as_already_tried_with_their_courses()
    {
        var finding = Assert.Single(Findings(V2(), Evaluator));
        var detail = (TreatmentOptionsDetail)finding.Detail!;

        var switchInduction = detail.Options[^1];
        Assert.Equal(TreatmentOptionCatalog.SwitchInduction, switchInduction.Key);
        Assert.True(switchInduction.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[0]", "$.therapies[2]"], switchInduction.Courses.ToArray());
        Assert.Contains("$.therapies[0]", finding.Facts);
        Assert.Contains("$.therapies[2]", finding.Facts);
        Assert.Contains("$.drugLevels[0]", finding.Facts);
        Assert.Contains("$.drugLevels[1]", finding.Facts);
        Assert.Contains("$.observations[0]", finding.Facts);
    }

    [Fact]
    public void V2_summary_offers_options_and_states_adherence()
    {
        var finding = Assert.Single(Findings(V2(), Evaluator));
        var detail = (TreatmentOptionsDetail)finding.Detail!;

        Assert.StartsWith("Refractory lupus nephritis: no renal response to 2 different standard induction regimens", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("Options to consider, in order: 1) rituximab or obinutuzumab; 2) add-on belimumab; 3) a calcineurin inhibitor (voclosporin or tacrolimus); 4) CD19 CAR T-cell therapy (emerging).", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("Already on record: switching the induction regimen", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("whole-blood hydroxychloroquine 900 ng/mL on 2022-06-01", detail.Adherence, StringComparison.Ordinal);
        Assert.Contains("non-adherence is not supported", finding.Summary, StringComparison.Ordinal);
        Assert.Contains(TargetCitations.Arora2022, finding.Citations);
        Assert.Contains(TargetCitations.CostedoatChalumeau2007, finding.Citations);
        var regimens = Assert.Single(finding.Thresholds, t => t.Name.StartsWith("different standard induction regimens", StringComparison.Ordinal));
        Assert.Equal(2m, regimens.Observed);
        Assert.All(finding.Thresholds.Where(t => t.Unit == QuantityUnit.Percent), t => Assert.False(t.IsMet));
    }

    [Fact]
    public void Options_are_worded_for_a_clinician_to_consider_never_as_instructions()
    {
        var renal = Assert.Single(Findings(V2(), Evaluator));
        var nonRenal = Assert.Single(Findings(Active(), Evaluator));

        foreach (var finding in new[] { renal, nonRenal })
        {
            var detail = (TreatmentOptionsDetail)finding.Detail!;
            Assert.Contains("Options to consider", finding.Summary, StringComparison.Ordinal);
            foreach (var text in detail.Options.SelectMany(o => new[] { o.Title, o.Rationale }).Append(finding.Summary))
            {
                Assert.DoesNotMatch(Instruction(), text);
            }
        }
    }

    [Fact]
    public void Responding_nephritis_raises_no_options()
    {
        // The mycophenolate course brings UPCR from 3.0 to 0.4 g/g: a complete response.
        var patient = V2() with
        {
            Therapies = [V2().Therapies[0]],
            Observations = [Upcr(MmfStart, 3.0m), Upcr(new DateOnly(2022, 5, 1), 1.2m), Upcr(MmfEnd, 0.4m), Egfr(MmfStart, 95m), Egfr(MmfEnd, 96m)],
        };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void A_later_induction_that_responded_supersedes_an_earlier_failure()
    {
        // Mycophenolate fails (3.0 -> 2.8 g/g); cyclophosphamide then brings UPCR to 0.4 g/g: a complete response.
        var patient = V2() with
        {
            Observations =
            [
                Upcr(MmfStart, 3.0m), Upcr(new DateOnly(2022, 5, 1), 2.9m), Upcr(MmfEnd, 2.8m), Upcr(new DateOnly(2022, 12, 1), 1.1m), Upcr(CycEnd, 0.4m),
                Egfr(MmfStart, 95m), Egfr(MmfEnd, 94m), Egfr(CycEnd, 95m),
            ],
        };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void An_induction_assessed_too_early_raises_no_options()
    {
        // Four months of mycophenolate without response: before the 6-month response assessment.
        var patient = V2() with
        {
            Therapies = [V2().Therapies[0] with { End = null }],
            Observations = [Upcr(MmfStart, 3.0m), Upcr(new DateOnly(2022, 6, 1), 2.9m)],
            DrugLevels = [],
        };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void Documented_non_adherence_during_both_inductions_raises_no_options()
    {
        var patient = V2() with { DrugLevels = [Hcq(new DateOnly(2022, 6, 1), 150m), Hcq(new DateOnly(2022, 12, 1), 120m)] };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void Quiet_disease_raises_no_options()
    {
        var patient = Patient(Course(TherapyId.Methotrexate, TherapyClass.Antimetabolite, new DateOnly(2023, 1, 1), milligrams: 15m)) with
        {
            // arthritis 4 = 4 at the latest visit: at the LLDAS limit, not above it.
            Assessments = [Sledai(new DateOnly(2023, 6, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash), Sledai(new DateOnly(2023, 9, 1), Sledai2kDescriptor.Arthritis)],
        };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void Activity_without_an_immunosuppressant_or_biologic_is_not_resistance()
    {
        var patient = Active() with { Therapies = [Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2023, 1, 1), milligrams: 200m)] };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Fact]
    public void Without_adherence_evidence_non_response_is_reported_and_the_summary_says_adherence_is_unknown()
    {
        var finding = Assert.Single(Findings(V2() with { DrugLevels = [] }, Evaluator));

        Assert.Equal(TreatmentOptionsEvaluator.InductionNonResponse, finding.Rule);
        Assert.Equal(EvidenceGrade.Guideline, finding.Grade);
        Assert.Contains("Adherence could not be established during the mycophenolate-mofetil course and cyclophosphamide course", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("refractory lupus nephritis cannot be confirmed until it is known", finding.Summary, StringComparison.Ordinal);
        var detail = (TreatmentOptionsDetail)finding.Detail!;
        Assert.Equal(TreatmentOptionsSetting.Renal, detail.Setting);
        Assert.Equal(TreatmentOptionCatalog.AntiCd20, detail.Options[0].Key);
    }

    [Fact]
    public void One_failed_induction_puts_switching_the_regimen_first()
    {
        var patient = V2() with { Therapies = [V2().Therapies[0], V2().Therapies[1]] };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(TreatmentOptionsEvaluator.InductionNonResponse, finding.Rule);
        var detail = (TreatmentOptionsDetail)finding.Detail!;
        var first = detail.Options[0];
        Assert.Equal(TreatmentOptionCatalog.SwitchInduction, first.Key);
        Assert.True(first.Has(TreatmentOptionTag.PartlyTried));
        Assert.Equal(["$.therapies[0]"], first.Courses.ToArray());
        Assert.Contains("Adherent during the mycophenolate-mofetil course", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Tried_therapies_are_marked_and_fully_tried_options_move_to_the_end()
    {
        var patient = V2() with
        {
            Therapies =
            [
                .. V2().Therapies,
                Course(TherapyId.Rituximab, TherapyClass.AntiCd20, new DateOnly(2023, 3, 15), new DateOnly(2023, 9, 1), StopReason.Inefficacy, 1000m) with { Route = Route.Intravenous },
                Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, new DateOnly(2023, 9, 15), milligrams: 200m) with { Route = Route.Subcutaneous },
            ],
        };

        var finding = Assert.Single(FindingsAsOf(patient, new DateOnly(2023, 12, 1)));
        var detail = (TreatmentOptionsDetail)finding.Detail!;

        Assert.Equal(
            [TreatmentOptionCatalog.AntiCd20, TreatmentOptionCatalog.CalcineurinInhibitor, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.SwitchInduction, TreatmentOptionCatalog.AddOnBelimumab],
            detail.Options.Select(o => o.Key));
        var antiCd20 = detail.Options[0];
        Assert.True(antiCd20.Has(TreatmentOptionTag.PartlyTried));
        Assert.True(antiCd20.Has(TreatmentOptionTag.StoppedForInefficacy));
        Assert.Equal(["$.therapies[3]"], antiCd20.Courses.ToArray());
        Assert.Contains("rituximab 2023-03-15 to 2023-09-01, stopped for inefficacy ($.therapies[3])", Assert.Single(antiCd20.Notes), StringComparison.Ordinal);
        var belimumab = detail.Options[^1];
        Assert.True(belimumab.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[4]"], belimumab.Courses.ToArray());
        Assert.Contains("$.therapies[3]", finding.Facts);
        Assert.Contains("$.therapies[4]", finding.Facts);
        Assert.Contains("1) rituximab or obinutuzumab (partly tried)", finding.Summary, StringComparison.Ordinal);
        Assert.Equal([TreatmentOptionsEvaluator.RefractoryNephritis, TreatmentOptionsEvaluator.StoppedForInefficacy], detail.Triggers.ToArray());
    }

    [Fact]
    public void Persistent_activity_despite_an_immunosuppressant_draws_the_extra_renal_list()
    {
        var finding = Assert.Single(Findings(Active(), Evaluator));

        Assert.Equal(TreatmentOptionsEvaluator.PersistentActivity, finding.Rule);
        Assert.Equal(EvidenceGrade.ExpertOpinion, finding.Grade);
        Assert.Equal(new DateOnly(2023, 9, 1), finding.On);
        Assert.StartsWith("Persistent activity: SLEDAI-2K 6 on 2023-06-01 and 8 on 2023-09-01, above the LLDAS limit of 4 at the two latest visits, despite methotrexate.", finding.Summary, StringComparison.Ordinal);
        Assert.Equal([6m, 8m], finding.Thresholds.Select(t => t.Observed!.Value));
        Assert.All(finding.Thresholds, t => Assert.Equal(ComparisonOperator.GreaterThan, t.Operator));
        Assert.Equal(["$.assessments[0]", "$.assessments[1]", "$.therapies[0]"], finding.Facts.ToArray());
        var detail = (TreatmentOptionsDetail)finding.Detail!;
        Assert.Equal(TreatmentOptionsSetting.NonRenal, detail.Setting);
        Assert.Null(detail.Adherence);
        Assert.Equal(
            [TreatmentOptionCatalog.Belimumab, TreatmentOptionCatalog.Anifrolumab, TreatmentOptionCatalog.Rituximab, TreatmentOptionCatalog.Combination, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.AutologousStemCellTransplant],
            detail.Options.Select(o => o.Key));
        var hsct = detail.Options[^1];
        Assert.True(hsct.Has(TreatmentOptionTag.Emerging));
        Assert.Equal([TherapyId.AutologousStemCellTransplant], hsct.Therapies.ToArray());
        Assert.Equal([TreatmentOptionSources.DeSilvaHsct], hsct.Citations.ToArray());
        Assert.Equal(EvidenceGrade.Guideline, detail.Options.Single(o => o.Key == TreatmentOptionCatalog.Rituximab).Grade);
    }

    [Fact]
    public void Biomarkers_on_record_add_notes_with_their_pooled_analyses()
    {
        var patient = Active() with
        {
            Assessments =
            [
                .. Active().Assessments,
                new InterferonGeneSignature { On = new DateOnly(2023, 9, 1), High = true },
                new BlysLevel { On = new DateOnly(2023, 9, 1), Level = Concentration.NanogramsPerMilliliter(2.4m) },
            ],
        };

        var detail = (TreatmentOptionsDetail)Assert.Single(Findings(patient, Evaluator)).Detail!;

        var belimumab = detail.Options.Single(o => o.Key == TreatmentOptionCatalog.Belimumab);
        Assert.Contains("BLyS 2.4 ng/mL on 2023-09-01 ($.assessments[3])", Assert.Single(belimumab.Notes), StringComparison.Ordinal);
        Assert.Contains(LupusSources.RothBlys, belimumab.Citations);
        var anifrolumab = detail.Options.Single(o => o.Key == TreatmentOptionCatalog.Anifrolumab);
        Assert.Contains("Type I interferon gene signature high", Assert.Single(anifrolumab.Notes), StringComparison.Ordinal);
        Assert.Contains(LupusSources.VitalTulip, anifrolumab.Citations);
    }

    [Fact]
    public void A_course_stopped_for_inefficacy_draws_the_extra_renal_list_and_marks_it()
    {
        var patient = Patient(
            Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, new DateOnly(2021, 1, 1), milligrams: 100m),
            Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 1), StopReason.Inefficacy, 200m));

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(TreatmentOptionsEvaluator.StoppedForInefficacy, finding.Rule);
        Assert.Contains("belimumab on 2022-12-01", finding.Summary, StringComparison.Ordinal);
        var detail = (TreatmentOptionsDetail)finding.Detail!;
        Assert.Equal(
            [TreatmentOptionCatalog.Anifrolumab, TreatmentOptionCatalog.Rituximab, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.AutologousStemCellTransplant, TreatmentOptionCatalog.Belimumab, TreatmentOptionCatalog.Combination],
            detail.Options.Select(o => o.Key));
        var belimumab = detail.Options[^2];
        Assert.True(belimumab.Has(TreatmentOptionTag.AlreadyTried));
        Assert.True(belimumab.Has(TreatmentOptionTag.StoppedForInefficacy));
        var combination = detail.Options[^1];
        Assert.True(combination.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[0]", "$.therapies[1]"], combination.Courses.ToArray());
    }

    [Fact]
    public void The_finding_round_trips_through_the_pipelines_json()
    {
        var assessment = Pipeline.Evaluate(V2());
        var bytes = Pipeline.Json.SerializeToUtf8Bytes(assessment);

        var read = Pipeline.Json.DeserializeAssessment(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Pipeline.Json.Serialize(read));
        var finding = Assert.Single(read.Findings, f => f.Evaluator.Value == Evaluator);
        var detail = Assert.IsType<TreatmentOptionsDetail>(finding.Detail);
        var original = (TreatmentOptionsDetail)assessment.Findings.Single(f => f.Evaluator.Value == Evaluator).Detail!;
        Assert.Equal(original.Options.Select(o => o.Key), detail.Options.Select(o => o.Key));
        Assert.Equal(original.Options[0].Citations.ToArray(), detail.Options[0].Citations.ToArray());
        Assert.Equal(original.Options[^1].Flags.ToArray(), detail.Options[^1].Flags.ToArray());
        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"$kind\":\"sle.treatment-options\"", json, StringComparison.Ordinal);
        Assert.Contains("\"flags\":[\"already-tried\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"setting\":\"renal\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_detail_with_absent_lists_reads_them_as_empty()
    {
        var json = """
            {"schemaVersion":1,"subject":"S","asOf":"2024-01-01","findings":[{"evaluator":"sle.treatment-options","mechanism":"sle.treatment-options",
             "rule":"sle.treatment-options.non-renal.stopped-for-inefficacy","status":"supported","summary":"s","grade":"expert-opinion",
             "detail":{"$kind":"sle.treatment-options","setting":"non-renal","options":[{"rank":1,"key":"k","title":"t","rationale":"r","grade":"guideline"}]}}],
             "diagnostics":[],"manifest":{"libraryVersion":"0","modules":[],"evaluators":[],"definitionSets":[]}}
            """u8;

        var detail = (TreatmentOptionsDetail)Pipeline.Json.DeserializeAssessment(json).Findings[0].Detail!;

        Assert.Empty(detail.Triggers);
        var option = Assert.Single(detail.Options);
        Assert.Empty(option.Therapies);
        Assert.Empty(option.Citations);
        Assert.Empty(option.Flags);
        Assert.Empty(option.Courses);
        Assert.Empty(option.Notes);
    }

    [Fact]
    public void Every_catalog_option_cites_a_publication_with_a_doi_and_emerging_ones_are_observational()
    {
        foreach (var option in TreatmentOptionCatalog.Renal.Concat(TreatmentOptionCatalog.NonRenal))
        {
            Assert.NotEmpty(option.Citations);
            Assert.All(option.Citations, c => Assert.False(string.IsNullOrEmpty(c.Doi)));
            if (option.Has(TreatmentOptionTag.Emerging))
            {
                Assert.Equal(EvidenceGrade.Observational, option.Grade);
            }
        }

        Assert.Equal(Enumerable.Range(1, 5), TreatmentOptionCatalog.Renal.Select(o => o.Rank));
        Assert.Equal(Enumerable.Range(1, 6), TreatmentOptionCatalog.NonRenal.Select(o => o.Rank));
    }

    [Fact]
    public void The_documentation_names_every_rule_option_and_source()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "evaluators", "sle.treatment-options.md"));

        foreach (var rule in new[] { TreatmentOptionsEvaluator.RefractoryNephritis, TreatmentOptionsEvaluator.InductionNonResponse, TreatmentOptionsEvaluator.PersistentActivity, TreatmentOptionsEvaluator.StoppedForInefficacy })
        {
            Assert.Contains($"`{rule.Value}`", text, StringComparison.Ordinal);
        }

        foreach (var option in TreatmentOptionCatalog.Renal.Concat(TreatmentOptionCatalog.NonRenal))
        {
            Assert.Contains($"`{option.Key}`", text, StringComparison.Ordinal);
            Assert.All(option.Citations, c => Assert.Contains(c.Doi!, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_recorded_lupus_nephritis_the_renal_rules_do_not_fire()
    {
        // The same courses and proteinuria, but the diagnosis records no nephritis: the course classifier (and so every
        // renal rule) treats mycophenolate and cyclophosphamide as ordinary courses.
        var patient = V2() with { Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1) }] };

        var findings = Findings(patient, Evaluator);

        Assert.DoesNotContain(findings, f => f.Rule.Value.StartsWith("sle.treatment-options.renal.", StringComparison.Ordinal));
        Assert.Empty(Findings(patient, "sle.refractory-lupus-nephritis"));
    }

    public static TheoryData<string> RenalVariants() => ["v2", "adherence-unknown", "non-adherent", "responding", "too-early"];

    [Theory]
    [MemberData(nameof(RenalVariants))]
    public void The_options_and_the_refractory_nephritis_evaluator_read_the_same_renal_evidence(string variant)
    {
        var patient = variant switch
        {
            "adherence-unknown" => V2() with { DrugLevels = [] },
            "non-adherent" => V2() with { DrugLevels = [Hcq(new DateOnly(2022, 6, 1), 90m), Hcq(new DateOnly(2022, 12, 1), 90m)] },
            "responding" => V2() with { Observations = [.. V2().Observations.Where(o => o.On != CycEnd), Upcr(CycEnd, 0.3m)] },
            "too-early" => V2(),
            _ => V2(),
        };
        var asOf = variant == "too-early" ? new DateOnly(2022, 7, 1) : CycEnd;

        var all = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf }).Findings;
        var refractory = Assert.Single(all, f => f.Evaluator.Value == "sle.refractory-lupus-nephritis");
        var options = all.Where(f => f.Evaluator.Value == Evaluator).ToList();

        // Refractory lupus nephritis is the options' decisive trigger exactly when the refractory evaluator finds it met.
        Assert.Equal(
            refractory.Status == FindingStatus.Supported,
            options.Any(f => f.Rule.Value == "sle.treatment-options.renal.refractory-nephritis"));
        var classified = all.Where(f => f.Evaluator.Value == "sle.treatment-response" && f.Detail is CourseClassificationDetail { Renal: true }).ToList();
        // Both inductions are renal courses of the shared classification (only mycophenolate has started by the too-early date).
        Assert.Equal(variant == "too-early" ? ["$.therapies[0]"] : ["$.therapies[0]", "$.therapies[2]"], classified.Select(f => ((CourseClassificationDetail)f.Detail!).Course).Order(StringComparer.Ordinal));
    }

    private static PatientProfile Active() =>
        Patient(Course(TherapyId.Methotrexate, TherapyClass.Antimetabolite, new DateOnly(2023, 1, 1), milligrams: 15m)) with
        {
            // arthritis 4 + rash 2 = 6, then + alopecia 2 = 8: both above 4.
            Assessments =
            [
                Sledai(new DateOnly(2023, 6, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash),
                Sledai(new DateOnly(2023, 9, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.Alopecia),
            ],
        };

    private static IReadOnlyList<Finding> FindingsAsOf(PatientProfile patient, DateOnly asOf)
    {
        var assessment = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf });
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return [.. assessment.Findings.Where(f => f.Evaluator.Value == Evaluator)];
    }

    private static Observation Upcr(DateOnly on, decimal gramsPerGram) =>
        new() { On = on, Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(gramsPerGram, QuantityUnit.GramPerGram) };

    private static Observation Egfr(DateOnly on, decimal value) =>
        new() { On = on, Code = ClinicalCode.Loinc("98979-8"), Value = Quantity.Create(value, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter) };

    private static DrugLevel Hcq(DateOnly on, decimal nanogramsPerMilliliter) => new()
    {
        On = on,
        Therapy = TherapyId.Hydroxychloroquine,
        Matrix = SampleMatrix.WholeBlood,
        Level = Concentration.NanogramsPerMilliliter(nanogramsPerMilliliter),
        Code = ClinicalCode.Loinc("95921-3"),
    };

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"(?i)\b(start|begin|initiate|prescribe|give|use)\s+(the\s+|a\s+)?(rituximab|obinutuzumab|belimumab|anifrolumab|voclosporin|tacrolimus|cd19|car|cyclophosphamide|mycophenolate|stem)")]
    private static partial Regex Instruction();
}

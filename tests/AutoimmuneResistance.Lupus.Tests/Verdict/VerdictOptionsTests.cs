using System.Text;
using System.Text.RegularExpressions;
using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Verdict;

// The options of the lupus verdict: which therapy and domain verdicts carry them, in which order, and what they say.
public sealed partial class VerdictOptionsTests
{
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
    public void V2_refractory_nephritis_lists_anti_cd20_belimumab_a_calcineurin_inhibitor_and_car_t_in_that_order()
    {
        var renal = Renal(Verdict(V2()));

        Assert.Equal(ResistanceAnswer.Shown, renal.Answer);
        Assert.Equal(
            [TreatmentOptionCatalog.AntiCd20, TreatmentOptionCatalog.AddOnBelimumab, TreatmentOptionCatalog.CalcineurinInhibitor, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.SwitchInduction],
            renal.Options.Select(o => o.Key));
        Assert.Equal([1, 2, 3, 4, 5], renal.Options.Select(o => o.Rank));

        var antiCd20 = renal.Options[0];
        Assert.Equal([TherapyId.Rituximab, TherapyId.Obinutuzumab], antiCd20.Therapies.ToArray());
        Assert.Equal(EvidenceGrade.Guideline, antiCd20.Grade);
        Assert.Contains(TargetCitations.Fanouriakis2020, antiCd20.Citations);
        Assert.Contains(TreatmentOptionSources.Regency, antiCd20.Citations);
        Assert.Contains(TreatmentOptionSources.Nobility, antiCd20.Citations);

        var belimumab = renal.Options[1];
        Assert.Equal([TherapyId.Belimumab], belimumab.Therapies.ToArray());
        Assert.True(belimumab.Has(TreatmentOptionTag.AddOn));
        Assert.Contains(TreatmentOptionSources.BlissLn, belimumab.Citations);

        var calcineurin = renal.Options[2];
        Assert.Equal([TherapyId.Voclosporin, TherapyId.Tacrolimus], calcineurin.Therapies.ToArray());
        Assert.Contains(TreatmentOptionSources.Aurora1, calcineurin.Citations);

        var carT = renal.Options[3];
        Assert.Equal([TherapyId.Cd19CarT], carT.Therapies.ToArray());
        Assert.True(carT.Has(TreatmentOptionTag.Emerging));
        Assert.Equal(EvidenceGrade.CaseSeries, carT.Grade);
        Assert.Contains(TreatmentOptionSources.MackensenCarT, carT.Citations);
        Assert.Equal([5, 8], carT.Effects.Select(e => e.Participants!.Value));
        Assert.Equal(LupusEvidence.Regency, Assert.Single(antiCd20.Effects));
        Assert.Equal(LupusEvidence.BlissLn, Assert.Single(belimumab.Effects));
        Assert.Equal(LupusEvidence.Aurora1, Assert.Single(calcineurin.Effects));

        Assert.All(renal.Options, o => Assert.NotEmpty(o.Citations));
        Assert.All(renal.Options.Take(4), o => Assert.False(o.Has(TreatmentOptionTag.AlreadyTried)));
    }

    [Fact]
    public void V2_marks_the_two_failed_inductions_as_already_tried_with_their_courses()
    {
        var verdict = Verdict(V2());

        var switchInduction = Renal(verdict).Options[^1];
        Assert.Equal(TreatmentOptionCatalog.SwitchInduction, switchInduction.Key);
        Assert.True(switchInduction.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[0]", "$.therapies[2]"], switchInduction.Courses.ToArray());

        // Each failed induction carries the renal list too, with the same order.
        foreach (var therapy in new[] { TherapyId.MycophenolateMofetil, TherapyId.Cyclophosphamide })
        {
            var failed = Assert.Single(verdict.Therapies, t => t.Therapy == therapy);
            Assert.Equal(Renal(verdict).Options.Select(o => o.Key), failed.Options.Select(o => o.Key));
        }
    }

    [Fact]
    public void V2_statements_name_the_regimens_and_how_adherence_was_shown()
    {
        var verdict = Verdict(V2());

        Assert.StartsWith("Refractory lupus nephritis: no renal response to mycophenolate mofetil and cyclophosphamide, 2 different standard induction regimens", Renal(verdict).Statement, StringComparison.Ordinal);
        Assert.Equal([TherapyId.MycophenolateMofetil, TherapyId.Cyclophosphamide], Renal(verdict).Therapies.ToArray());
        var mycophenolate = verdict.Therapies.Single(t => t.Therapy == TherapyId.MycophenolateMofetil);
        Assert.Contains("taken as prescribed (hydroxychloroquine levels)", mycophenolate.Statement, StringComparison.Ordinal);
        var cyclophosphamide = verdict.Therapies.Single(t => t.Therapy == TherapyId.Cyclophosphamide);
        Assert.Contains("taken as prescribed (given in clinic)", cyclophosphamide.Statement, StringComparison.Ordinal);

        // The hydroxychloroquine level read as the marker of adherence to mycophenolate explains that verdict.
        var adherence = Assert.Single(mycophenolate.ExplainedBy, l => l.Mechanism == LupusMechanisms.NonAdherence);
        Assert.Equal(FindingStatus.NotSupported, adherence.Status);
        Assert.Equal("Non-adherence", adherence.Title);
    }

    [Fact]
    public void Options_are_worded_for_a_clinician_to_consider_never_as_instructions()
    {
        foreach (var patient in new[] { V2(), Active() })
        {
            var verdict = Verdict(patient);
            var options = verdict.Therapies.SelectMany(t => t.Options).Concat(verdict.Domains.SelectMany(d => d.Options)).ToList();
            Assert.NotEmpty(options);
            foreach (var text in options.SelectMany(o => new[] { o.Title, o.Rationale }).Append(verdict.Summary))
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

        var verdict = Verdict(patient);

        Assert.Empty(AllOptions(verdict));
        Assert.Equal(TherapyOutcome.Response, Assert.Single(verdict.Therapies).Outcome);
        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
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

        var verdict = Verdict(patient);

        Assert.Empty(AllOptions(verdict));
        Assert.Equal(ResistanceAnswer.Shown, verdict.Therapies.Single(t => t.Therapy == TherapyId.MycophenolateMofetil).Resistance);
        Assert.Equal(TherapyOutcome.Response, verdict.Therapies.Single(t => t.Therapy == TherapyId.Cyclophosphamide).Outcome);
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

        var verdict = Verdict(patient);

        Assert.Empty(AllOptions(verdict));
        var mycophenolate = Assert.Single(verdict.Therapies);
        Assert.Equal(TherapyOutcome.TooEarly, mycophenolate.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, mycophenolate.Resistance);
    }

    [Fact]
    public void Documented_non_adherence_during_the_oral_induction_explains_it_and_raises_no_options_for_it()
    {
        var patient = V2() with { DrugLevels = [Hcq(new DateOnly(2022, 6, 1), 150m), Hcq(new DateOnly(2022, 12, 1), 120m)] };

        var verdict = Verdict(patient);

        var mycophenolate = verdict.Therapies.Single(t => t.Therapy == TherapyId.MycophenolateMofetil);
        Assert.Equal(TherapyOutcome.NonAdherence, mycophenolate.Outcome);
        Assert.Equal(ResistanceAnswer.NotShown, mycophenolate.Resistance);
        Assert.Empty(mycophenolate.Options);
        Assert.Contains("explained by non-adherence", mycophenolate.Statement, StringComparison.Ordinal);

        // Cyclophosphamide is given in clinic: an unrelated drug's low level does not make it a non-adherence.
        var cyclophosphamide = verdict.Therapies.Single(t => t.Therapy == TherapyId.Cyclophosphamide);
        Assert.Equal(ResistanceAnswer.Shown, cyclophosphamide.Resistance);
        Assert.NotEmpty(cyclophosphamide.Options);
        Assert.NotEqual(ResistanceAnswer.Shown, Renal(verdict).Answer);
    }

    [Fact]
    public void Quiet_disease_raises_no_options()
    {
        var patient = Patient(Course(TherapyId.Methotrexate, TherapyClass.Antimetabolite, new DateOnly(2023, 1, 1), milligrams: 15m)) with
        {
            // arthritis 4 = 4 at the latest visit: at the LLDAS limit, the response level.
            Assessments = [Sledai(new DateOnly(2023, 6, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash), Sledai(new DateOnly(2023, 9, 1), Sledai2kDescriptor.Arthritis)],
        };

        Assert.Empty(AllOptions(Verdict(patient)));
    }

    [Fact]
    public void Without_adherence_evidence_the_oral_induction_cannot_tell_and_the_infused_one_still_fails()
    {
        var verdict = Verdict(V2() with { DrugLevels = [] });

        var mycophenolate = verdict.Therapies.Single(t => t.Therapy == TherapyId.MycophenolateMofetil);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mycophenolate.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, mycophenolate.Resistance);
        Assert.Contains("whether it is taken was never checked", mycophenolate.Statement, StringComparison.Ordinal);
        Assert.Equal(TreatmentOptionCatalog.AntiCd20, mycophenolate.Options[0].Key);
        Assert.Equal(ResistanceAnswer.Shown, verdict.Therapies.Single(t => t.Therapy == TherapyId.Cyclophosphamide).Resistance);
        Assert.Equal(ResistanceAnswer.CannotTellYet, Renal(verdict).Answer);
        Assert.Empty(Renal(verdict).Options);

        // The data need names the oral drug's refills (or a hydroxychloroquine level as a marker), never for the infused drug.
        var need = Assert.Single(verdict.WouldSharpen, n => n.Therapies.Contains(TherapyId.MycophenolateMofetil));
        Assert.Contains("refill records (proportion of days covered) for mycophenolate mofetil", need.Datum, StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.WouldSharpen, n => n.Datum.Contains("cyclophosphamide", StringComparison.Ordinal));
    }

    [Fact]
    public void One_failed_induction_puts_switching_the_regimen_first()
    {
        var patient = V2() with { Therapies = [V2().Therapies[0], V2().Therapies[1]] };

        var mycophenolate = Assert.Single(Verdict(patient).Therapies);

        var first = mycophenolate.Options[0];
        Assert.Equal(TreatmentOptionCatalog.SwitchInduction, first.Key);
        Assert.True(first.Has(TreatmentOptionTag.PartlyTried));
        Assert.Equal(["$.therapies[0]"], first.Courses.ToArray());
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

        var verdict = VerdictAsOf(patient, new DateOnly(2023, 12, 1));
        var renal = Renal(verdict);

        Assert.Equal(
            [TreatmentOptionCatalog.AntiCd20, TreatmentOptionCatalog.CalcineurinInhibitor, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.SwitchInduction, TreatmentOptionCatalog.AddOnBelimumab],
            renal.Options.Select(o => o.Key));
        var antiCd20 = renal.Options[0];
        Assert.True(antiCd20.Has(TreatmentOptionTag.PartlyTried));
        Assert.True(antiCd20.Has(TreatmentOptionTag.StoppedForInefficacy));
        Assert.Equal(["$.therapies[3]"], antiCd20.Courses.ToArray());
        Assert.Contains("rituximab 2023-03-15 to 2023-09-01, stopped for inefficacy ($.therapies[3])", Assert.Single(antiCd20.Notes), StringComparison.Ordinal);
        var belimumab = renal.Options[^1];
        Assert.True(belimumab.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[4]"], belimumab.Courses.ToArray());

        // Rituximab, stopped for inefficacy and given in clinic, failed: its verdict shows resistance with the
        // extra-renal options.
        var rituximab = verdict.Therapies.Single(t => t.Therapy == TherapyId.Rituximab);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, rituximab.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, rituximab.Resistance);
        Assert.Contains(rituximab.Options, o => o.Key == TreatmentOptionCatalog.Anifrolumab);
    }

    [Fact]
    public void Persistent_activity_on_an_immunosuppressant_draws_the_extra_renal_list()
    {
        var methotrexate = Assert.Single(Verdict(Active()).Therapies);

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, methotrexate.Outcome);
        Assert.Equal(
            [TreatmentOptionCatalog.Belimumab, TreatmentOptionCatalog.Anifrolumab, TreatmentOptionCatalog.Rituximab, TreatmentOptionCatalog.Combination, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.AutologousStemCellTransplant],
            methotrexate.Options.Select(o => o.Key));
        var hsct = methotrexate.Options[^1];
        Assert.True(hsct.Has(TreatmentOptionTag.Emerging));
        Assert.Equal([TherapyId.AutologousStemCellTransplant], hsct.Therapies.ToArray());
        Assert.Equal([TreatmentOptionSources.DeSilvaHsct], hsct.Citations.ToArray());
        Assert.Equal(EvidenceGrade.Guideline, methotrexate.Options.Single(o => o.Key == TreatmentOptionCatalog.Rituximab).Grade);
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

        var options = Assert.Single(Verdict(patient).Therapies).Options;

        var belimumab = options.Single(o => o.Key == TreatmentOptionCatalog.Belimumab);
        Assert.Contains("BLyS 2.4 ng/mL on 2023-09-01 ($.assessments[3])", Assert.Single(belimumab.Notes), StringComparison.Ordinal);
        Assert.Contains(LupusSources.RothBlys, belimumab.Citations);
        var anifrolumab = options.Single(o => o.Key == TreatmentOptionCatalog.Anifrolumab);
        Assert.Contains("Type I interferon gene signature high", Assert.Single(anifrolumab.Notes), StringComparison.Ordinal);
        Assert.Contains(LupusSources.VitalTulip, anifrolumab.Citations);

        // BLyS at or above 2 ng/mL keeps belimumab first despite the high signature.
        Assert.Equal(TreatmentOptionCatalog.Belimumab, options[0].Key);
    }

    [Fact]
    public void A_high_interferon_signature_without_a_high_blys_moves_anifrolumab_ahead_of_belimumab()
    {
        var patient = Active() with { Assessments = [.. Active().Assessments, new InterferonGeneSignature { On = new DateOnly(2023, 9, 1), High = true }] };

        var options = Assert.Single(Verdict(patient).Therapies).Options;

        Assert.Equal([TreatmentOptionCatalog.Anifrolumab, TreatmentOptionCatalog.Belimumab], options.Take(2).Select(o => o.Key));
        Assert.Equal(Enumerable.Range(1, options.Length), options.Select(o => o.Rank));
    }

    [Fact]
    public void A_course_stopped_for_inefficacy_is_a_failure_and_its_option_is_marked()
    {
        var patient = Patient(
            Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, new DateOnly(2021, 1, 1), milligrams: 100m),
            Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 1), StopReason.Inefficacy, 200m));

        var belimumabVerdict = Verdict(patient).Therapies.Single(t => t.Therapy == TherapyId.Belimumab);

        Assert.Equal(TherapyOutcome.PrimaryNonResponse, belimumabVerdict.Outcome);
        Assert.Contains("stopped for inefficacy", belimumabVerdict.Statement, StringComparison.Ordinal);
        Assert.Equal(
            [TreatmentOptionCatalog.Anifrolumab, TreatmentOptionCatalog.Rituximab, TreatmentOptionCatalog.Cd19CarT, TreatmentOptionCatalog.AutologousStemCellTransplant, TreatmentOptionCatalog.Belimumab, TreatmentOptionCatalog.Combination],
            belimumabVerdict.Options.Select(o => o.Key));
        var belimumab = belimumabVerdict.Options[^2];
        Assert.True(belimumab.Has(TreatmentOptionTag.AlreadyTried));
        Assert.True(belimumab.Has(TreatmentOptionTag.StoppedForInefficacy));
        var combination = belimumabVerdict.Options[^1];
        Assert.True(combination.Has(TreatmentOptionTag.AlreadyTried));
        Assert.Equal(["$.therapies[0]", "$.therapies[1]"], combination.Courses.ToArray());
    }

    [Fact]
    public void After_anti_rituximab_antibodies_a_humanised_anti_cd20_ranks_first_with_its_source()
    {
        // Two rituximab cycles: the first brings SLEDAI-2K from 10 to 2, the second leaves it at 10, with an infusion
        // reaction and anti-rituximab antibodies (secondary non-depletion non-response, Md Yusof 2017).
        var first = new DateOnly(2021, 1, 10);
        var second = new DateOnly(2022, 1, 10);
        var patient = Patient(
            Course(TherapyId.Rituximab, TherapyClass.AntiCd20, first, first.AddDays(14), milligrams: 1000m) with { Route = Route.Intravenous },
            Course(TherapyId.Rituximab, TherapyClass.AntiCd20, second, second.AddDays(14), milligrams: 1000m) with
            {
                Route = Route.Intravenous,
                Administered = [new Administration { On = second }, new Administration { On = second.AddDays(14), Reaction = true }],
            }) with
        {
            Assessments =
            [
                Sledai(first, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding),
                Sledai(first.AddMonths(6), Sledai2kDescriptor.Rash),
                Sledai(second, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding),
                Sledai(second.AddMonths(6), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding),
            ],
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = second.AddMonths(2), Therapy = TherapyId.Rituximab, Positive = true }],
        };

        var rituximab = Assert.Single(Verdict(patient).Therapies);

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, rituximab.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, rituximab.Resistance);
        Assert.Equal([TherapyOutcome.Response, TherapyOutcome.PrimaryNonResponse], rituximab.Courses.Select(c => c.Outcome));
        Assert.Contains(rituximab.ExplainedBy, l => l.Mechanism == LupusMechanisms.AntiDrugAntibodies && l.Status == FindingStatus.Supported);
        var humanised = rituximab.Options[0];
        Assert.Equal(TreatmentOptionCatalog.HumanisedAntiCd20, humanised.Key);
        Assert.Contains(LupusSources.MdYusofRituximab, humanised.Citations);
        Assert.DoesNotContain(rituximab.Options, o => o.Key == TreatmentOptionCatalog.Rituximab);
    }

    [Fact]
    public void An_infusion_reaction_with_defective_depletion_at_retreatment_is_secondary_non_depletion_non_response()
    {
        // Md Yusof 2017: secondary non-depletion non-response is an infusion reaction and defective B-cell depletion at
        // a retreatment cycle. No activity is recorded: the clinical definition decides the cycle.
        var first = new DateOnly(2021, 1, 10);
        var second = new DateOnly(2022, 1, 10);
        PatientProfile Cycles(bool reaction, bool complete, bool retreatment) => Patient(
            [
                .. retreatment ? [Course(TherapyId.Rituximab, TherapyClass.AntiCd20, first, first.AddDays(14), milligrams: 1000m) with { Route = Route.Intravenous }] : Array.Empty<TherapyCourse>(),
                Course(TherapyId.Rituximab, TherapyClass.AntiCd20, second, second.AddDays(14), milligrams: 1000m) with
                {
                    Route = Route.Intravenous,
                    Administered = [new Administration { On = second }, new Administration { On = second.AddDays(14), Reaction = reaction }],
                },
            ]) with
        {
            Assessments = [new BCellDepletion { On = second.AddDays(42), Complete = complete }],
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = second.AddDays(42), Therapy = TherapyId.Rituximab, Positive = true }],
        };

        var rituximab = Assert.Single(Verdict(Cycles(reaction: true, complete: false, retreatment: true)).Therapies);

        Assert.Equal(TherapyOutcome.SecondaryLossOfResponse, rituximab.Outcome);
        Assert.Equal(ResistanceAnswer.Shown, rituximab.Resistance);
        Assert.Contains("no response at retreatment (an infusion reaction and incomplete B-cell depletion at retreatment: secondary non-depletion non-response)", rituximab.Statement, StringComparison.Ordinal);
        Assert.Equal(TreatmentOptionCatalog.HumanisedAntiCd20, rituximab.Options[0].Key);

        // Each part of the definition is needed: the reaction, the defective depletion, and a cycle before this one.
        Assert.NotEqual(TherapyOutcome.SecondaryLossOfResponse, Assert.Single(Verdict(Cycles(reaction: false, complete: false, retreatment: true)).Therapies).Outcome);
        Assert.NotEqual(TherapyOutcome.SecondaryLossOfResponse, Assert.Single(Verdict(Cycles(reaction: true, complete: true, retreatment: true)).Therapies).Outcome);
        Assert.NotEqual(TherapyOutcome.SecondaryLossOfResponse, Assert.Single(Verdict(Cycles(reaction: true, complete: false, retreatment: false)).Therapies).Outcome);
    }

    [Fact]
    public void The_verdict_round_trips_through_the_pipelines_json()
    {
        var assessment = Pipeline.Evaluate(V2());
        var bytes = Pipeline.Json.SerializeToUtf8Bytes(assessment);

        var read = Pipeline.Json.DeserializeAssessment(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Pipeline.Json.Serialize(read));
        var original = Renal(assessment.Verdict!);
        var renal = Renal(read.Verdict!);
        Assert.Equal(original.Options.Select(o => o.Key), renal.Options.Select(o => o.Key));
        Assert.Equal(original.Options[0].Citations.ToArray(), renal.Options[0].Citations.ToArray());
        Assert.Equal(original.Options[^1].Flags.ToArray(), renal.Options[^1].Flags.ToArray());
        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"flags\":[\"already-tried\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"resistance-shown\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_with_absent_lists_reads_them_as_empty()
    {
        var json = """
            {"schemaVersion":2,"subject":"S","asOf":"2024-01-01","verdict":{"answer":"resistance-shown","summary":"s",
             "therapies":[{"therapy":"belimumab","name":"Belimumab","disease":"sle","outcome":"primary-non-response","resistance":"resistance-shown","statement":"s",
             "options":[{"rank":1,"key":"k","title":"t","rationale":"r","grade":"guideline"}]}]},
             "findings":[],"diagnostics":[],"manifest":{"libraryVersion":"0","modules":[],"evaluators":[],"definitionSets":[]}}
            """u8;

        var option = Assert.Single(Assert.Single(Pipeline.Json.DeserializeAssessment(json).Verdict!.Therapies).Options);

        Assert.Empty(option.Therapies);
        Assert.Empty(option.Citations);
        Assert.Empty(option.Flags);
        Assert.Empty(option.Courses);
        Assert.Empty(option.Notes);
    }

    [Fact]
    public void Every_catalog_option_cites_a_publication_with_a_doi_and_emerging_ones_rest_on_observational_studies_or_case_series()
    {
        foreach (var option in TreatmentOptionCatalog.Renal.Concat(TreatmentOptionCatalog.NonRenal).Append(TreatmentOptionCatalog.AfterAntiRituximabAntibodies))
        {
            Assert.NotEmpty(option.Citations);
            Assert.All(option.Citations, c => Assert.False(string.IsNullOrEmpty(c.Doi)));
            if (option.Has(TreatmentOptionTag.Emerging))
            {
                Assert.Contains(option.Grade, (EvidenceGrade[])[EvidenceGrade.Observational, EvidenceGrade.CaseSeries]);
            }

            Assert.All(option.Effects, e => Assert.Contains(e.Citation, option.Citations));
        }

        Assert.Equal(Enumerable.Range(1, 5), TreatmentOptionCatalog.Renal.Select(o => o.Rank));
        Assert.Equal(Enumerable.Range(1, 6), TreatmentOptionCatalog.NonRenal.Select(o => o.Rank));
    }

    [Fact]
    public void The_documentation_names_every_option_and_source()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "evaluators", "sle.verdict.md"));

        foreach (var option in TreatmentOptionCatalog.Renal.Concat(TreatmentOptionCatalog.NonRenal).Append(TreatmentOptionCatalog.AfterAntiRituximabAntibodies))
        {
            Assert.Contains($"`{option.Key}`", text, StringComparison.Ordinal);
            Assert.All(option.Citations, c => Assert.Contains(c.Doi!, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_recorded_lupus_nephritis_the_renal_rules_do_not_fire()
    {
        // The same courses and proteinuria, but the diagnosis records no nephritis: the course classifier treats
        // mycophenolate and cyclophosphamide as ordinary courses, judged by SLEDAI-2K.
        var patient = V2() with { Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2021, 3, 1) }] };

        var verdict = Verdict(patient);

        Assert.DoesNotContain(verdict.Domains, d => d.Domain == OrganDomain.Renal);
        Assert.Empty(Findings(patient, "sle.refractory-lupus-nephritis"));
        Assert.Empty(AllOptions(verdict));
    }

    public static TheoryData<string> RenalVariants() => ["v2", "adherence-unknown", "non-adherent", "responding", "too-early"];

    [Theory]
    [MemberData(nameof(RenalVariants))]
    public void The_renal_verdict_and_the_refractory_nephritis_finding_agree(string variant)
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

        var assessment = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf });
        var refractory = Assert.Single(assessment.Findings, f => f.Evaluator.Value == "sle.refractory-lupus-nephritis");
        var renal = Renal(assessment.Verdict!);

        Assert.Equal([refractory.Id!], renal.Findings.ToArray());
        Assert.Equal(refractory.Status == FindingStatus.Supported, renal.Answer == ResistanceAnswer.Shown);
        Assert.Equal(renal.Answer == ResistanceAnswer.Shown, !renal.Options.IsEmpty);
        var classified = assessment.Findings.Where(f => f.Evaluator.Value == "sle.treatment-response" && f.Detail is CourseClassificationDetail { Renal: true }).ToList();
        Assert.Equal(variant == "too-early" ? ["$.therapies[0]"] : ["$.therapies[0]", "$.therapies[2]"], classified.Select(f => f.Course!).Order(StringComparer.Ordinal));
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

    private static ResistanceVerdict Verdict(PatientProfile patient)
    {
        var assessment = Pipeline.Evaluate(patient);
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return assessment.Verdict!;
    }

    private static ResistanceVerdict VerdictAsOf(PatientProfile patient, DateOnly asOf)
    {
        var assessment = Pipeline.Evaluate(patient, new EvaluationOptions { AsOf = asOf });
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return assessment.Verdict!;
    }

    private static DomainVerdict Renal(ResistanceVerdict verdict) => Assert.Single(verdict.Domains, d => d.Domain == OrganDomain.Renal);

    private static IEnumerable<TreatmentOption> AllOptions(ResistanceVerdict verdict) =>
        verdict.Therapies.SelectMany(t => t.Options).Concat(verdict.Domains.SelectMany(d => d.Options));

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

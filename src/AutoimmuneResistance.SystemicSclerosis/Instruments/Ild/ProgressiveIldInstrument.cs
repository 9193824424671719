using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Progressive interstitial lung disease under a named published definition (instrument <c>ssc.progressive-ild</c>).
/// The four definitions of the project clinical reference section 12.3 disagree; each is a
/// <see cref="ProgressiveIldDefinitions"/> set (INBUILD 2019 the default; ATS/ERS/JRS/ALAT 2022; the SSc-ILD composite;
/// EUSTAR 2021 FVC only), and the result names the one applied.
/// </summary>
/// <remarks>
/// Sources per definition: Flaherty KR, et al. N Engl J Med 2019;381:1718-27; Raghu G, et al. Am J Respir Crit Care Med
/// 2022;205(9):e18-e47; Eur Respir J 2020;55:1902026 and Vonk MC, et al. Eur Respir Rev 2021;30:200340,
/// doi:10.1183/16000617.0340-2020; Hoffmann-Vold AM, et al. Ann Rheum Dis 2021;80:219-27. A follow-up outside the
/// definition's window is not assessed (outcome <see cref="ProgressiveIldOutcome.OutsideWindow"/>).
/// </remarks>
public sealed class ProgressiveIldInstrument : DefinitionSetInstrument<ProgressiveIldInput, ProgressiveIldResult, ProgressiveIldDefinitions>
{
    /// <summary>Creates the instrument with the four published definitions (<see cref="ProgressiveIldDefinitions.Inbuild2019"/> the default).</summary>
    public ProgressiveIldInstrument()
        : this(ProgressiveIldDefinitions.All)
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public ProgressiveIldInstrument(IEnumerable<ProgressiveIldDefinitions> definitionSets)
        : base(definitionSets, SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.ProgressiveIld,
        Title = "Progressive interstitial lung disease (INBUILD, ATS/ERS/JRS/ALAT 2022, SSc-ILD composite, EUSTAR FVC-only)",
        Version = "1.0.0",
        Sources = [SscCitations.Flaherty2019, SscCitations.Raghu2022, SscCitations.HoffmannVold2020, SscCitations.Vonk2021, SscCitations.HoffmannVold2021],
        Documentation = "docs/instruments/ssc.progressive-ild.md",
    };

    /// <inheritdoc/>
    protected override void CheckInput(ProgressiveIldInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.FollowUp.On <= input.Baseline.On)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.IldFollowUpNotAfterBaseline, "the follow-up test must be after the baseline test", "$.followUp.on", value: DiagnosticValues.Of(input.FollowUp.On)));
        }
    }

    /// <inheritdoc/>
    protected override ProgressiveIldResult ComputeCore(ProgressiveIldInput input, ProgressiveIldDefinitions definitions) => ComputeValid(input, definitions);

    /// <summary>Computes a valid input under a given definition set without checking it (for evaluators that build the input from validated profile data).</summary>
    internal static ProgressiveIldResult ComputeValid(ProgressiveIldInput input, ProgressiveIldDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var b = input.Baseline;
        var f = input.FollowUp;
        var fvc = Decline(b.Fvc.Value, f.Fvc.Value, definitions.FvcScale);
        var (dlcoUse, dlco) = DlcoOf(input, definitions);
        var within = f.On >= b.On.AddMonths(definitions.WindowMinimumMonths) && f.On <= b.On.AddMonths(definitions.WindowMaximumMonths);
        var result = new ProgressiveIldResult
        {
            Outcome = ProgressiveIldOutcome.OutsideWindow,
            Progressive = false,
            Rule = definitions.Rule,
            WithinWindow = within,
            Months = CalendarMonths.Completed(b.On, f.On),
            FvcDecline = fvc,
            DlcoDecline = dlco,
            Dlco = dlcoUse,
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            Sources = definitions.Sources,
        };
        if (!within)
        {
            return result;
        }

        var major = definitions.Rule == ProgressiveIldRule.EustarFvcOnly ? fvc > definitions.FvcMajorDecline : fvc >= definitions.FvcMajorDecline;
        var minor = fvc >= definitions.FvcMinorDecline && (definitions.Rule == ProgressiveIldRule.EustarFvcOnly ? fvc <= definitions.FvcMajorDecline : fvc < definitions.FvcMajorDecline);
        var dlcoMet = dlco >= definitions.DlcoDecline;
        var symptoms = input.WorsenedRespiratorySymptoms;
        var fibrosis = input.IncreasedFibrosisOnHrct;
        var criteria = ImmutableArray.CreateBuilder<ProgressiveIldCriterionCheck>();
        ProgressiveIldOutcome outcome;
        switch (definitions.Rule)
        {
            case ProgressiveIldRule.Inbuild:
            {
                Add(criteria, ProgressiveIldCriterion.FvcMajorDecline, major);
                Add(criteria, ProgressiveIldCriterion.FvcMinorDecline, minor);
                Add(criteria, ProgressiveIldCriterion.RespiratorySymptoms, symptoms);
                Add(criteria, ProgressiveIldCriterion.RadiologicalProgression, fibrosis);
                outcome = Of(major || (minor && (symptoms || fibrosis)) || (symptoms && fibrosis));
                break;
            }

            case ProgressiveIldRule.AtsErsJrsAlat2022:
            {
                var physiological = major || dlcoMet;
                Add(criteria, ProgressiveIldCriterion.RespiratorySymptoms, symptoms);
                Add(criteria, ProgressiveIldCriterion.FvcMajorDecline, major);
                Add(criteria, ProgressiveIldCriterion.DlcoDecline, dlcoMet);
                Add(criteria, ProgressiveIldCriterion.PhysiologicalProgression, physiological);
                Add(criteria, ProgressiveIldCriterion.RadiologicalProgression, fibrosis);
                var domains = (symptoms ? 1 : 0) + (physiological ? 1 : 0) + (fibrosis ? 1 : 0);
                outcome = Of(domains >= 2);
                break;
            }

            case ProgressiveIldRule.SscComposite:
            {
                Add(criteria, ProgressiveIldCriterion.FvcMajorDecline, major);
                Add(criteria, ProgressiveIldCriterion.FvcMinorDecline, minor);
                Add(criteria, ProgressiveIldCriterion.DlcoDecline, dlcoMet);
                outcome = Of(major || (minor && dlcoMet));
                break;
            }

            default:
            {
                Add(criteria, ProgressiveIldCriterion.FvcMajorDecline, major);
                Add(criteria, ProgressiveIldCriterion.FvcMinorDecline, minor);
                outcome = major ? ProgressiveIldOutcome.SignificantProgression
                    : minor ? ProgressiveIldOutcome.ModerateProgression
                    : ProgressiveIldOutcome.NotProgressive;
                break;
            }
        }

        return result with
        {
            Outcome = outcome,
            Progressive = outcome is ProgressiveIldOutcome.Progressive or ProgressiveIldOutcome.ModerateProgression or ProgressiveIldOutcome.SignificantProgression,
            Criteria = criteria.ToImmutable(),
        };
    }

    private static ProgressiveIldOutcome Of(bool progressive) => progressive ? ProgressiveIldOutcome.Progressive : ProgressiveIldOutcome.NotProgressive;

    private static void Add(ImmutableArray<ProgressiveIldCriterionCheck>.Builder criteria, ProgressiveIldCriterion criterion, bool met) =>
        criteria.Add(new ProgressiveIldCriterionCheck { Criterion = criterion, Met = met });

    private static decimal Decline(decimal baseline, decimal followUp, ChangeScale scale) =>
        scale == ChangeScale.Absolute ? baseline - followUp
        : baseline == 0m ? 0m
        : (baseline - followUp) / baseline * 100m;

    private static (DlcoUse Use, decimal? Decline) DlcoOf(ProgressiveIldInput input, ProgressiveIldDefinitions definitions)
    {
        if (definitions.DlcoDecline is null)
        {
            return (DlcoUse.NotInDefinition, null);
        }

        if (input.Baseline.Dlco is not { } baseline || input.FollowUp.Dlco is not { } followUp)
        {
            return (DlcoUse.Missing, null);
        }

        if (definitions.RequireHaemoglobinCorrectedDlco && !input.DlcoHaemoglobinCorrected)
        {
            return (DlcoUse.NotHaemoglobinCorrected, null);
        }

        return (DlcoUse.Used, Decline(baseline.Value, followUp.Value, definitions.DlcoScale));
    }
}

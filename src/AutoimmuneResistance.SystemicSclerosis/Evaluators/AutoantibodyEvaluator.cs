namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Disease heterogeneity (seed claim S1): the SSc-specific autoantibody profile as informational phenotype flags
/// (project clinical reference section 12.4, <see cref="AutoantibodyPhenotypeInstrument"/>): anti-topoisomerase I,
/// anti-RNA polymerase III and anti-centromere, the latest result of each. Supported when one is positive (naming the
/// associations), not supported when those tested are all negative, unknown when none was tested.
/// </summary>
internal sealed class AutoantibodyEvaluator() : SscEvaluator(
    "ssc.autoantibody-phenotype",
    "Autoantibody-defined phenotype",
    [SscMechanisms.AutoantibodyPhenotype],
    [SscCitations.HoReveille2003, SscCitations.RnaPolymeraseReview])
{
    public static readonly RuleId Flagged = RuleId.Create("ssc.autoantibody.phenotype-flag");
    public static readonly RuleId NoneFlagged = RuleId.Create("ssc.autoantibody.none-positive");
    public static readonly RuleId Untested = RuleId.Create("ssc.autoantibody.untested");

    private static readonly (AutoantibodyId Id, SscAutoantibody Antibody)[] Antibodies =
    [
        (AutoantibodyId.AntiTopoisomerase1, SscAutoantibody.AntiTopoisomeraseI),
        (AutoantibodyId.AntiRnaPolymerase3, SscAutoantibody.AntiRnaPolymeraseIII),
        (AutoantibodyId.AntiCentromere, SscAutoantibody.AntiCentromere),
    ];

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var tested = new List<string>();
        var flags = new List<AutoantibodyPhenotypeFlag>();
        var positivePaths = new List<string>();
        foreach (var (id, antibody) in Antibodies)
        {
            if (ProfileQueries.LatestAutoantibody(context.Patient, id) is not { } latest || latest.Result.On > context.AsOf)
            {
                continue;
            }

            tested.Add(latest.Path);
            if (latest.Result.Positive)
            {
                flags.Add(AutoantibodyPhenotypeInstrument.FlagOf(antibody));
                positivePaths.Add(latest.Path);
            }
        }

        if (tested.Count == 0)
        {
            output.Add(Unknown(SscMechanisms.AutoantibodyPhenotype, Untested,
                "The SSc-specific autoantibodies (anti-topoisomerase I, anti-RNA polymerase III, anti-centromere) are not recorded; they mark phenotypes with different organ risks.",
                EvidenceGrade.Observational,
                new DataGap { Datum = "anti-topoisomerase I, anti-RNA polymerase III and anti-centromere antibodies", Path = "$.autoantibodies" }) with
            {
                Citations = Descriptor.Sources,
            });
            return;
        }

        var finding = flags.Count > 0
            ? Supported(SscMechanisms.AutoantibodyPhenotype, Flagged, string.Join(" ", flags.Select(f => f.Summary)), EvidenceGrade.Observational)
            : NotSupported(SscMechanisms.AutoantibodyPhenotype, NoneFlagged,
                "None of the SSc-specific autoantibodies tested is positive: no autoantibody-defined phenotype to flag.", EvidenceGrade.Observational);
        output.Add(finding with
        {
            Facts = [.. flags.Count > 0 ? positivePaths : tested],
            Citations = flags.Count > 0 ? [.. flags.SelectMany(f => f.Sources).Distinct()] : Descriptor.Sources,
        });
    }
}

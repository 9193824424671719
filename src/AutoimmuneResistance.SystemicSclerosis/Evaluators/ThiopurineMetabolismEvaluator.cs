namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Genetic variation (seed claim S6), evaluated only as far as cited data support it: TPMT and NUDT15 and azathioprine
/// under the CPIC thiopurine guideline (Relling MV, et al. Clin Pharmacol Ther 2019;105(5):1095-1105,
/// doi:10.1002/cpt.1304, nonmalignant conditions; with the March 2024 update for two intermediate phenotypes), the same
/// guidance the lupus module applies. Evaluated only when the profile has an azathioprine course; one finding, on the
/// latest genotype result of each gene (<see cref="ProfileQueries.LatestGenotype"/>), read in CPIC's function groups
/// (<see cref="GenePhenotype.IsNormalFunction"/>, <see cref="GenePhenotype.IsIntermediateFunction"/>):
/// <list type="bullet">
/// <item>supported: a poor metabolizer for either gene (CPIC: consider a non-thiopurine immunosuppressant), intermediate
/// for both (start at 20–50 % of the normal dose) or for one (30–80 %): a lowered dose may limit the drug's effect;</item>
/// <item>not supported: normal function for both;</item>
/// <item>unknown: a gene's result missing or indeterminate, naming the result (for an indeterminate TPMT genotype,
/// erythrocyte TPMT activity, as CPIC advises).</item>
/// </list>
/// The seed's broader claim, variants that make the disease itself more aggressive and resistant to therapy, is not
/// evaluated: no genetic or epigenetic marker validated to predict treatment resistance in SSc was found (Assassi S, et
/// al. BMC Med 2013;11:9, doi:10.1186/1741-7015-11-9: genetic predictors of response would need genetic studies built
/// into drug trials). No datum of a profile would settle it, so the module reports nothing about it rather than an
/// unknown (docs/verdict.md). The dose arithmetic of the lupus module (mg/kg/day for the body weight, its finding
/// detail) stays in the lupus package; see docs/evaluators/ssc.thiopurine-metabolism.md.
/// </summary>
internal sealed class ThiopurineMetabolismEvaluator() : SscEvaluator(
    "ssc.thiopurine-metabolism",
    "Thiopurine metabolism (TPMT, NUDT15) and azathioprine",
    [SscMechanisms.ThiopurineMetabolism],
    [PathwaySources.CpicThiopurines, PathwaySources.Assassi2013])
{
    public static readonly RuleId Poor = RuleId.Create("ssc.pgx.thiopurine.poor-metabolizer");
    public static readonly RuleId BothIntermediate = RuleId.Create("ssc.pgx.thiopurine.both-intermediate");
    public static readonly RuleId OneIntermediate = RuleId.Create("ssc.pgx.thiopurine.one-intermediate");
    public static readonly RuleId Normal = RuleId.Create("ssc.pgx.thiopurine.normal");
    public static readonly RuleId GenotypeMissing = RuleId.Create("ssc.pgx.thiopurine.genotype-missing");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var course = SscProfile.DiseaseModifyingCourses(context).Where(c => c.Course.Therapy == TherapyId.Azathioprine).OrderBy(c => c.Course.Start).LastOrDefault();
        if (course.Path is null)
        {
            return;
        }

        var tpmt = ProfileQueries.LatestGenotype(context.Patient, GeneSymbol.Tpmt, context.AsOf);
        var nudt15 = ProfileQueries.LatestGenotype(context.Patient, GeneSymbol.Nudt15, context.AsOf);
        var t = tpmt?.Result.Phenotype;
        var n = nudt15?.Result.Phenotype;
        var mechanism = SscMechanisms.ThiopurineMetabolism;
        Finding finding;
        if (t == GenePhenotype.PoorMetabolizer || n == GenePhenotype.PoorMetabolizer)
        {
            finding = Supported(mechanism, Poor,
                $"A {(t == GenePhenotype.PoorMetabolizer ? "TPMT" : "NUDT15")} poor metabolizer: CPIC advises considering an immunosuppressant other than a thiopurine, so azathioprine cannot be given at a dose that works.",
                EvidenceGrade.Guideline);
        }
        else if (!Known(t) || !Known(n))
        {
            var gene = !Known(t) ? "TPMT" : "NUDT15";
            var datum = t == GenePhenotype.Indeterminate
                ? "erythrocyte TPMT activity (CPIC's advice when the TPMT genotype is indeterminate)"
                : $"{gene} phenotype (the genotype with the laboratory's CPIC phenotype)";
            finding = Unknown(mechanism, GenotypeMissing,
                $"Whether thiopurine metabolism limits azathioprine cannot be judged without the {gene} result.",
                EvidenceGrade.Guideline,
                new DataGap { Datum = datum, Path = ProfilePaths.Genotypes });
        }
        else if (t!.Value.IsIntermediateFunction && n!.Value.IsIntermediateFunction)
        {
            finding = Supported(mechanism, BothIntermediate,
                "Intermediate function of both TPMT and NUDT15: CPIC (2024 update) advises starting azathioprine at 20-50 % of the normal dose, which may limit its effect.",
                EvidenceGrade.Guideline);
        }
        else if (t.Value.IsIntermediateFunction || n!.Value.IsIntermediateFunction)
        {
            finding = Supported(mechanism, OneIntermediate,
                $"Intermediate {(t.Value.IsIntermediateFunction ? "TPMT" : "NUDT15")} function: CPIC advises starting azathioprine at 30-80 % of the normal dose, which may limit its effect.",
                EvidenceGrade.Guideline);
        }
        else
        {
            finding = NotSupported(mechanism, Normal,
                "Normal TPMT and NUDT15 function: CPIC advises the normal azathioprine dose, so thiopurine metabolism does not explain a poor response.",
                EvidenceGrade.Guideline);
        }

        string[] genotypes = [.. new[] { tpmt?.Path, nudt15?.Path }.Where(p => p is not null)!];
        output.Add(finding with
        {
            Therapy = TherapyId.Azathioprine,
            Facts = [course.Path, .. genotypes],
            Citations = [PathwaySources.CpicThiopurines],
        });
    }

    // A result CPIC's table reads: normal, intermediate (or possible intermediate) or poor; not indeterminate or absent.
    private static bool Known(GenePhenotype? phenotype) =>
        phenotype is { } p && (p.IsNormalFunction || p.IsIntermediateFunction || p == GenePhenotype.PoorMetabolizer);
}

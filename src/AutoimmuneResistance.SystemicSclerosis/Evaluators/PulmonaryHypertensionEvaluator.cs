using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Comorbidity and interference (seed claim S5): pulmonary hypertension on the latest right-heart catheterisation at
/// rest on record (<see cref="SscFeatures.RightHeartCatheterisations"/>), under the selected
/// <see cref="PulmonaryHypertensionDefinitions"/> (default: mean pulmonary arterial pressure above 20 mmHg, 2022 ESC/ERS
/// guidelines, Humbert M, et al. Eur Heart J 2022, doi:10.1093/eurheartj/ehac237; the 2015 guidelines, Galiè N, et al.
/// Eur Heart J 2016, doi:10.1093/eurheartj/ehv317, required at least 25 mmHg). What it interferes with:
/// <list type="bullet">
/// <item>lung function: the pulmonary vessels can lower DLCO by themselves, so a low or falling DLCO need not be
/// fibrosis or activity. Progressive pulmonary fibrosis requires no alternative explanation (Raghu G, et al. Am J Respir
/// Crit Care Med 2022;205(9):e18-e47, doi:10.1164/rccm.202202-0399ST), and the 2022 ESC/ERS guidelines screen SSc for
/// pulmonary arterial hypertension from a DLCO below 60 % (DETECT); the SSc composite and ATS/ERS/JRS/ALAT 2022
/// progression readings and the revised EUSTAR activity index count DLCO;</item>
/// <item>transplantation: a mean pressure above 25 mmHg at rest contraindicates autologous haematopoietic stem-cell
/// transplantation under the standard protocols (EBMT Autoimmune Diseases Working Party, Bone Marrow Transplant
/// 2017;52(11):1495-1503, doi:10.1038/bmt.2017.56); the transplantation option then says so.</item>
/// </list>
/// Silent without a catheterisation on record; a pressure not in mm[Hg] is unknown.
/// </summary>
internal sealed class PulmonaryHypertensionEvaluator() : SscEvaluator(
    "ssc.pulmonary-hypertension-interference",
    "Pulmonary hypertension and what it interferes with",
    [SscMechanisms.PulmonaryHypertension],
    [InterferenceCitations.Humbert2022, InterferenceCitations.Galie2016, SscCitations.Raghu2022, InterferenceCitations.Ebmt2017])
{
    /// <summary>The rule: pulmonary hypertension on the latest right-heart catheterisation.</summary>
    public static readonly RuleId OnCatheterisation = RuleId.Create("ssc.pulmonary-hypertension.right-heart-catheterisation");

    public static PulmonaryHypertensionDefinitions Selected(EvaluationContext context) =>
        context.Definitions.TryGet<PulmonaryHypertensionDefinitions>(out var selected) ? selected : PulmonaryHypertensionDefinitions.EscErs2022;

    /// <summary>The latest right-heart catheterisation on or before the assessment date, with its JSON path.</summary>
    public static (SscRightHeartCatheterisation Catheterisation, string Path)? Latest(EvaluationContext context)
    {
        var (features, path) = SscProfile.Features(context.Patient);
        if (features?.RightHeartCatheterisations is not { } all)
        {
            return null;
        }

        (SscRightHeartCatheterisation, string)? latest = null;
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].On <= context.AsOf && (latest is null || all[i].On >= latest.Value.Item1.On))
            {
                latest = (all[i], string.Create(CultureInfo.InvariantCulture, $"{path}.rightHeartCatheterisations[{i}]"));
            }
        }

        return latest;
    }

    /// <summary>The mean pulmonary arterial pressure in mmHg, when recorded in mm[Hg].</summary>
    public static decimal? MeanPressureMmHg(SscRightHeartCatheterisation catheterisation) =>
        catheterisation.MeanPulmonaryArterialPressure.Unit == QuantityUnit.MillimeterOfMercury ? catheterisation.MeanPulmonaryArterialPressure.Value : null;

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        if (Latest(context) is not { } latest)
        {
            return;
        }

        var definitions = Selected(context);
        var (rhc, path) = latest;
        if (MeanPressureMmHg(rhc) is not { } mpap)
        {
            output.Add(Unknown(SscMechanisms.PulmonaryHypertension, OnCatheterisation,
                string.Create(CultureInfo.InvariantCulture, $"Whether pulmonary hypertension is present is unknown: the mean pulmonary arterial pressure of the right-heart catheterisation on {rhc.On:O} is not in mmHg."),
                EvidenceGrade.Guideline,
                new DataGap { Datum = "mean pulmonary arterial pressure at rest in mmHg", Path = path + ".meanPulmonaryArterialPressure" }) with
            {
                On = rhc.On,
                Facts = [path],
                Citations = definitions.Sources,
            });
            return;
        }

        var limit = string.Create(CultureInfo.InvariantCulture, $"{(definitions.Inclusive ? "at least" : "above")} {definitions.MeanPressureMmHg:0.#} mmHg ({Short(definitions)})");
        var pressure = string.Create(CultureInfo.InvariantCulture, $"mean pulmonary arterial pressure {mpap:0.#} mmHg at rest on {rhc.On:O}");
        var excludes = mpap > definitions.TransplantExclusionAboveMmHg;
        Finding finding;
        if (definitions.IsPulmonaryHypertension(mpap))
        {
            var transplant = excludes
                ? string.Create(CultureInfo.InvariantCulture, $" Above {definitions.TransplantExclusionAboveMmHg:0.#} mmHg it also contraindicates autologous stem-cell transplantation under the standard protocols (EBMT 2017).")
                : string.Empty;
            finding = Supported(SscMechanisms.PulmonaryHypertension, OnCatheterisation,
                $"Pulmonary hypertension on right-heart catheterisation: {pressure}, {limit}. The pulmonary vessels can lower DLCO by themselves, so a low or falling DLCO need not be fibrosis or activity (it counts in the SSc composite and ATS/ERS/JRS/ALAT 2022 progression readings and in the revised EUSTAR activity index).{transplant}",
                EvidenceGrade.Guideline);
        }
        else
        {
            finding = NotSupported(SscMechanisms.PulmonaryHypertension, OnCatheterisation,
                $"No pulmonary hypertension on right-heart catheterisation: {pressure}, not {limit}.",
                EvidenceGrade.Guideline);
        }

        output.Add(finding with
        {
            On = rhc.On,
            Facts = [path],
            Thresholds =
            [
                new AppliedThreshold
                {
                    Name = $"mean pulmonary arterial pressure at rest that is pulmonary hypertension ({Short(definitions)})",
                    Operator = definitions.Inclusive ? ComparisonOperator.GreaterThanOrEqual : ComparisonOperator.GreaterThan,
                    Limit = definitions.MeanPressureMmHg,
                    Unit = QuantityUnit.MillimeterOfMercury,
                    Observed = mpap,
                },
                new AppliedThreshold
                {
                    Name = "mean pulmonary arterial pressure at rest above which autologous stem-cell transplantation is contraindicated (EBMT 2017)",
                    Operator = ComparisonOperator.GreaterThan,
                    Limit = definitions.TransplantExclusionAboveMmHg,
                    Unit = QuantityUnit.MillimeterOfMercury,
                    Observed = mpap,
                },
            ],
            Citations = [.. definitions.Sources, SscCitations.Raghu2022],
        });
    }

    /// <summary>A short name of the set for sentences.</summary>
    public static string Short(PulmonaryHypertensionDefinitions definitions) =>
        definitions.Id == PulmonaryHypertensionDefinitions.EscErs2022.Id ? "ESC/ERS 2022"
        : definitions.Id == PulmonaryHypertensionDefinitions.EscErs2015.Id ? "ESC/ERS 2015"
        : definitions.Title;
}

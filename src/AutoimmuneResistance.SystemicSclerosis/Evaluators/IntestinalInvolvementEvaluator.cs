using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Comorbidity and interference (seed claim S5): gastrointestinal involvement limiting an oral drug. For every oral
/// mycophenolate mofetil course started by the assessment date, whether intestinal inflammation is on record
/// (<see cref="SscFeatures.FaecalCalprotectinRaised"/>): in 34 patients with SSc on mycophenolate mofetil, a faecal
/// calprotectin above the reference limit went with a lower dose-normalised mycophenolic acid exposure (median 99 against
/// 127 mg·h/L, p = 0.025; exposure varied 8-fold between patients), and gastrointestinal involvement in SSc is associated
/// with dysbiosis and malabsorption (Andréasson K, et al. Arthritis Res Ther 2020;22(1):230,
/// doi:10.1186/s13075-020-02323-8, prospective, observational). Gastrointestinal events are also the commonest non-lethal
/// adverse events of mycophenolate in SSc, 47.7 %, with discontinuation in 8 to 40 % (Omair MA, et al. PLoS One
/// 2015;10(5):e0124205, doi:10.1371/journal.pone.0124205, a systematic review). Supported when raised, not supported when
/// within the limit; silent when not recorded or without an oral mycophenolate mofetil course.
/// </summary>
internal sealed class IntestinalInvolvementEvaluator() : SscEvaluator(
    "ssc.intestinal-involvement-oral-drugs",
    "Intestinal involvement and oral mycophenolate",
    [SscMechanisms.IntestinalInvolvement],
    [InterferenceCitations.Andreasson2020, InterferenceCitations.Omair2015])
{
    /// <summary>The rule: intestinal inflammation with an oral mycophenolate mofetil course.</summary>
    public static readonly RuleId RaisedCalprotectin = RuleId.Create("ssc.intestinal-involvement.mycophenolate-exposure");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var (features, featuresPath) = SscProfile.Features(context.Patient);
        if (features?.FaecalCalprotectinRaised is not { } raised)
        {
            return;
        }

        foreach (var (course, path) in SscProfile.DiseaseModifyingCourses(context))
        {
            if (course.Therapy != TherapyId.MycophenolateMofetil || (course.Route ?? Route.Oral) != Route.Oral)
            {
                continue;
            }

            var finding = raised
                ? Supported(SscMechanisms.IntestinalInvolvement, RaisedCalprotectin,
                    "Intestinal inflammation (faecal calprotectin above the reference limit) with oral mycophenolate mofetil: in SSc it went with a lower mycophenolic acid exposure (median 99 against 127 mg·h/L dose-normalised, 34 patients, Andréasson 2020), so a poor response may reflect low drug exposure, which a mycophenolic acid area under the curve would show; gastrointestinal events are also the commonest adverse events of mycophenolate in SSc (Omair 2015).",
                    EvidenceGrade.Observational)
                : NotSupported(SscMechanisms.IntestinalInvolvement, RaisedCalprotectin,
                    "No intestinal inflammation on record with oral mycophenolate mofetil: faecal calprotectin within the reference limit.",
                    EvidenceGrade.Observational);
            output.Add(finding with
            {
                Therapy = course.Therapy,
                Course = path,
                On = course.Start,
                Facts = [featuresPath, path],
                Citations = [InterferenceCitations.Andreasson2020, InterferenceCitations.Omair2015],
            });
        }
    }
}

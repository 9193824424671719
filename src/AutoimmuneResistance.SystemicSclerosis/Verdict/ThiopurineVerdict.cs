namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// How the verdict carries the thiopurine metabolism finding (<see cref="ThiopurineMetabolismEvaluator"/>): linked to
/// the azathioprine verdict as an explanation checked, and a patient-level explanation whose statement, when supported,
/// says in clinical words what CPIC advises.
/// </summary>
internal static class ThiopurineVerdict
{
    private const string Title = "Thiopurine metabolism and azathioprine";

    /// <summary>The thiopurine metabolism finding of the assessment, when it holds one.</summary>
    public static Finding? Find(IReadOnlyList<Finding> findings) =>
        findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.ThiopurineMetabolism && f.Id is not null);

    /// <summary>The azathioprine verdict with the finding linked; any other verdict as it is.</summary>
    public static TherapyVerdict Link(TherapyVerdict verdict, Finding? finding) =>
        finding is null || verdict.Therapy != TherapyId.Azathioprine
            ? verdict
            : verdict with { ExplainedBy = [.. verdict.ExplainedBy, Of(finding, null)] };

    /// <summary>Adds the patient-level explanation.</summary>
    public static void Explain(VerdictBuilder verdict, Finding? finding)
    {
        if (finding is null)
        {
            return;
        }

        string? statement = null;
        if (finding.Rule == ThiopurineMetabolismEvaluator.Poor)
        {
            statement = "a TPMT or NUDT15 poor metabolizer, for whom CPIC advises an immunosuppressant other than azathioprine";
        }
        else if (finding.Status == FindingStatus.Supported)
        {
            statement = "reduced TPMT or NUDT15 function, for which CPIC advises a lower azathioprine starting dose, which may limit its effect";
        }

        verdict.Explain(Of(finding, statement));
    }

    private static MechanismLink Of(Finding finding, string? statement) => new()
    {
        Mechanism = SscMechanisms.ThiopurineMetabolism,
        Title = Title,
        Status = finding.Status,
        Findings = [finding.Id!],
        Statement = statement,
    };
}

namespace AutoimmuneResistance.Lupus;

/// <summary>Validation and totals of a SLEDAI-2K visit used as part of a treat-to-target input.</summary>
internal static class SledaiChecks
{
    internal static void Validate(Sledai2kVisit? visit, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (visit is null)
        {
            return;
        }

        var seen = new HashSet<Sledai2kDescriptor>();
        for (var i = 0; i < visit.Present.Length; i++)
        {
            var descriptor = visit.Present[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "not a SLEDAI-2K descriptor", $"{path}.present[{i}]"));
            }
            else if (!seen.Add(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "descriptor listed twice", $"{path}.present[{i}]"));
            }
        }

        var other = new HashSet<Sledai2kDescriptor>();
        for (var i = 0; i < visit.OtherCause.Length; i++)
        {
            var descriptor = visit.OtherCause[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "not a SLEDAI-2K descriptor", $"{path}.otherCause[{i}]"));
            }
            else if (seen.Contains(descriptor) || !other.Add(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "descriptor listed twice, or both as present (attributed to lupus) and as due to another cause", $"{path}.otherCause[{i}]"));
            }
        }
    }

    internal static int Total(Sledai2kVisit visit) => visit.Present.Sum(Sledai2kDescriptors.Weight);

    internal static int ClinicalTotal(Sledai2kVisit visit) =>
        visit.Present.Where(d => !Sledai2kDescriptors.IsSerological(d)).Sum(Sledai2kDescriptors.Weight);

    internal static void ValidatePga(decimal? pga, List<EvaluationDiagnostic> diagnostics)
    {
        if (pga is < PhysicianGlobalAssessment.MinScore or > PhysicianGlobalAssessment.MaxScore)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.PhysicianGlobalAssessmentOutOfRange, "the physician global assessment must lie between 0 and 3", "$.physicianGlobalAssessment"));
        }
    }
}

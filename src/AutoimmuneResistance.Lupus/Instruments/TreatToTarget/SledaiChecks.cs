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

        // Descriptors are 1-24: bit sets, so that checking a valid visit allocates nothing.
        ulong seen = 0;
        for (var i = 0; i < visit.Present.Length; i++)
        {
            var descriptor = visit.Present[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "not a SLEDAI-2K descriptor", $"{path}.present[{i}]", value: DiagnosticValues.Of((int)descriptor)));
            }
            else if (!Add(ref seen, descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "descriptor listed twice", $"{path}.present[{i}]", value: ActivityJson.Name(descriptor)));
            }
        }

        ulong other = 0;
        for (var i = 0; i < visit.OtherCause.Length; i++)
        {
            var descriptor = visit.OtherCause[i];
            if (!Enum.IsDefined(descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.InvalidValue, "not a SLEDAI-2K descriptor", $"{path}.otherCause[{i}]", value: DiagnosticValues.Of((int)descriptor)));
            }
            else if ((seen & Sledai2kDescriptors.Bit(descriptor)) != 0 || !Add(ref other, descriptor))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.DuplicateSledaiDescriptor, "descriptor listed twice, or both as present (attributed to lupus) and as due to another cause", $"{path}.otherCause[{i}]", value: ActivityJson.Name(descriptor)));
            }
        }
    }

    // Totals through the same resolution as the SLEDAI-2K instrument (default set: 10-day window unless the visit states
    // one; unreported descriptors absent), so that descriptors derived from observations or dated outside the window
    // count as they do there.
    internal static int Total(Sledai2kVisit visit) => Sledai2kResolution.Of(visit, ActivityDefinitions.Default).Total();

    internal static int ClinicalTotal(Sledai2kVisit visit) => Sledai2kResolution.Of(visit, ActivityDefinitions.Default).ClinicalTotal();

    internal static Sledai2kVisit Scored(Sledai2kVisit visit) => Sledai2kResolution.Of(visit, ActivityDefinitions.Default).ScoredVisit(visit);

    private static bool Add(ref ulong set, Sledai2kDescriptor descriptor)
    {
        var bit = Sledai2kDescriptors.Bit(descriptor);
        var added = (set & bit) == 0;
        set |= bit;
        return added;
    }

    internal static void ValidatePga(decimal? pga, List<EvaluationDiagnostic> diagnostics)
    {
        if (pga is { } score and (< PhysicianGlobalAssessment.MinScore or > PhysicianGlobalAssessment.MaxScore))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.PhysicianGlobalAssessmentOutOfRange, "the physician global assessment must lie between 0 and 3", "$.physicianGlobalAssessment", value: DiagnosticValues.Of(score)));
        }
    }
}

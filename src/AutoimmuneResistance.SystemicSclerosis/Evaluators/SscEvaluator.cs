using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The systemic sclerosis evaluators' base: the core's <see cref="ResistanceEvaluator"/> for patients with SSc.</summary>
internal abstract class SscEvaluator(string id, string title, ImmutableArray<MechanismId> mechanisms, ImmutableArray<Citation> sources)
    : ResistanceEvaluator(id, title, SystemicSclerosisIds.Ssc, mechanisms, sources);

/// <summary>Queries of a profile the systemic sclerosis evaluators share; every result carries its JSON path.</summary>
internal static class SscProfile
{
    public const string FvcPercentPredictedLoinc = "19872-1";
    public const string DlcoPercentPredictedLoinc = "98130-8";

    public static string Name(EvaluationContext context, TherapyId therapy) =>
        context.Therapies.TryGet(therapy, out var definition) ? definition.Name : therapy.Value;

    public static string InSentence(string name) => ClinicalProse.InSentence(name);

    /// <summary>The systemic sclerosis diagnosis, its features and the features' path.</summary>
    public static (SscFeatures? Features, string Path) Features(PatientProfile patient)
    {
        for (var i = 0; i < patient.Diagnoses.Length; i++)
        {
            if (patient.Diagnoses[i].Disease == SystemicSclerosisIds.Ssc)
            {
                return (patient.Diagnoses[i].Features as SscFeatures, ProfilePaths.Diagnosis(i) + ".features");
            }
        }

        return (null, "$.diagnoses");
    }

    public static bool IsGlucocorticoid(TherapyCourse course) =>
        course.Class == TherapyClass.Glucocorticoid || GlucocorticoidEquivalence.IsSupported(course.Therapy);

    /// <summary>The non-glucocorticoid courses started by the assessment date, in profile order.</summary>
    public static IEnumerable<(TherapyCourse Course, string Path)> DiseaseModifyingCourses(EvaluationContext context)
    {
        var therapies = context.Patient.Therapies;
        for (var i = 0; i < therapies.Length; i++)
        {
            if (!IsGlucocorticoid(therapies[i]) && therapies[i].Start <= context.AsOf)
            {
                yield return (therapies[i], ProfilePaths.Therapy(i));
            }
        }
    }

    /// <summary>A lung function test in % predicted (FVC LOINC 19872-1, DLCO LOINC 98130-8) on or before the assessment date.</summary>
    public static IEnumerable<(Observation Observation, string Path)> PercentPredicted(EvaluationContext context, string loinc)
    {
        var observations = context.Patient.Observations;
        for (var i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (o.On <= context.AsOf && o.Code.Code == loinc && o.Code.CodeSystem == CodeSystem.Loinc && o.Value.Unit == QuantityUnit.Percent)
            {
                yield return (o, ProfilePaths.Observation(i));
            }
        }
    }
}

using System.Text.RegularExpressions;
using AutoimmuneResistance.Tests.TestModule;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

[Properties(Arbitrary = [typeof(ProfileArbitraries)], Replay = PropertyConfig.Replay)]
public sealed partial class PipelinePropertyTests
{
    private static readonly ResistancePipeline Pipeline = Generators.Pipeline;

    // Built separately from Pipeline: determinism must not depend on sharing one instance.
    private static readonly ResistancePipeline OtherPipeline = Profiles.Pipeline();

    [Property(MaxTest = 200)]
    public void Evaluating_a_profile_twice_or_on_another_pipeline_gives_byte_identical_json(ProfileSample sample)
    {
        var first = Pipeline.Json.SerializeToUtf8Bytes(Pipeline.Evaluate(sample.Profile));
        var second = Pipeline.Json.SerializeToUtf8Bytes(Pipeline.Evaluate(sample.Profile));
        var elsewhere = OtherPipeline.Json.SerializeToUtf8Bytes(OtherPipeline.Evaluate(sample.Profile));

        Assert.Equal(first, second);
        Assert.Equal(first, elsewhere);
    }

    [Property(MaxTest = 100)]
    public void An_assessment_reads_back_from_its_json_and_rewrites_to_identical_bytes(ProfileSample sample)
    {
        var json = Pipeline.Json.SerializeToUtf8Bytes(Pipeline.Evaluate(sample.Profile));

        Assert.Equal(json, Pipeline.Json.SerializeToUtf8Bytes(Pipeline.Json.DeserializeAssessment(json)));
    }

    [Property(MaxTest = 200)]
    public void An_assessment_carries_findings_only_when_the_profile_validated_without_errors(ProfileSample sample)
    {
        var validation = Pipeline.Validate(sample.Profile);
        var assessment = Pipeline.Evaluate(sample.Profile);
        var invalid = validation.Any(d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal(sample.Profile.Subject, assessment.Subject);
        Assert.Equal(validation, assessment.Diagnostics.Take(validation.Length));
        Assert.Equal(Pipeline.Json.ComputeContentHash(sample.Profile), assessment.Manifest.InputHash);
        if (invalid)
        {
            Assert.True(assessment.HasErrors);
            Assert.Empty(assessment.Findings);
        }
        else
        {
            Assert.Equal(sample.Profile.LatestRecordedDate(), assessment.AsOf);
            Assert.All(assessment.Findings, f => Assert.Equal(f.Status == FindingStatus.Unknown, f.Gap is not null));
        }
    }

    [Property(MaxTest = 300)]
    public void Validation_never_throws_and_every_diagnostic_has_a_stable_code_and_a_json_path(AnyProfileSample sample)
    {
        var diagnostics = Pipeline.Validate(sample.Profile);

        Assert.All(diagnostics, d =>
        {
            Assert.Matches(DiagnosticCode(), d.Code);
            Assert.True(Enum.IsDefined(d.Severity), d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message), d.ToString());
            if (d.Path is { } path)
            {
                Assert.StartsWith("$", path, StringComparison.Ordinal);
                Assert.Matches(JsonPath(), path);
            }
        });
    }

    [Property(MaxTest = 300)]
    public void Validation_reports_each_broken_rule_it_is_shown(AnyProfileSample sample)
    {
        var p = sample.Profile;
        var codes = Pipeline.Validate(p).Select(d => (d.Code, d.Path)).ToHashSet();

        if (!p.Subject.IsSpecified)
        {
            Assert.Contains((DiagnosticCodes.UnspecifiedIdentifier, "$.subject"), codes);
        }

        if (p.BirthYear is < 1900 or > 2100)
        {
            Assert.Contains((DiagnosticCodes.BirthYearOutOfRange, "$.birthYear"), codes);
        }

        if (p.SchemaVersion != 1)
        {
            Assert.Contains((DiagnosticCodes.UnsupportedSchemaVersion, "$.schemaVersion"), codes);
        }

        for (var i = 0; i < p.Therapies.Length; i++)
        {
            var course = p.Therapies[i];
            if (course.End < course.Start)
            {
                Assert.Contains((DiagnosticCodes.EndBeforeStart, $"$.therapies[{i}].end"), codes);
            }

            for (var j = 0; j < course.DoseChanges.Length; j++)
            {
                if (!course.IsActiveOn(course.DoseChanges[j].On))
                {
                    Assert.Contains((DiagnosticCodes.DoseChangeOutsideCourse, $"$.therapies[{i}].doseChanges[{j}].on"), codes);
                }
            }
        }

        for (var i = 0; i < p.RefillAdherence.Length; i++)
        {
            if (p.RefillAdherence[i].To < p.RefillAdherence[i].From)
            {
                Assert.Contains((DiagnosticCodes.EndBeforeStart, $"$.refillAdherence[{i}].to"), codes);
            }
        }

        for (var i = 0; i < p.Genotypes.Length; i++)
        {
            if (p.Genotypes[i] is { Diplotype: null, Phenotype: null })
            {
                Assert.Contains((DiagnosticCodes.EmptyGenotype, $"$.genotypes[{i}]"), codes);
            }
        }

        for (var i = 0; i < p.Assessments.Length; i++)
        {
            if (p.Assessments[i] is ToyActivity { Score: < 0 or > 10 })
            {
                Assert.Contains(("AIR9001", $"$.assessments[{i}].score"), codes);
            }
        }
    }

    [GeneratedRegex(@"^AIR\d{4}$")]
    private static partial Regex DiagnosticCode();

    // $ followed by .camelCase members and [n] indexes.
    [GeneratedRegex(@"^\$(\.[a-z][A-Za-z0-9]*|\[\d+\])*$")]
    private static partial Regex JsonPath();
}

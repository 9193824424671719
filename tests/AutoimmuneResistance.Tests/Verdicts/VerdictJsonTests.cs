using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// An assessment with its verdict, options and citations writes each publication once (in the document's citations)
// and refers to it by key everywhere else; it reads back and rewrites to identical bytes.
public sealed class VerdictJsonTests
{
    private static readonly Citation WithDoi = new("Doe J, et al.", 2021, "A cohort of adherence", "J Example 1:1-9", doi: "10.1234/example.2021");
    private static readonly Citation WithUrl = new("Guideline Group", 2019, "A guideline", "Example Society", url: "https://example.org/guideline");
    private static readonly Citation Bare = new("Roe R", 2015, "An expert view", "Example Press");
    private static readonly Citation OptionOnly = new("Poe P, et al.", 2023, "A trial of switching", "Trial J 2:3-4", doi: "10.1234/trial.2023");

    private static readonly ResistancePipeline Pipeline = Scripted.Pipeline(
        [
            Scripted.Supported("Taken irregularly at 2 of 3 visits.") with
            {
                Therapy = TherapyId.Hydroxychloroquine,
                Course = "$.therapies[0]",
                On = new DateOnly(2023, 6, 1),
                Facts = ["$.drugLevels[0]", "$.drugLevels[1]"],
                Thresholds = [new AppliedThreshold { Name = "whole-blood level", Operator = ComparisonOperator.LessThan, Limit = 200m, Unit = QuantityUnit.NanogramPerMilliliter, Observed = 150m }],
                Timeline = new EvidenceTimeline
                {
                    Name = "whole-blood level",
                    Operator = ComparisonOperator.LessThan,
                    Limit = 200m,
                    Unit = QuantityUnit.NanogramPerMilliliter,
                    Points =
                    [
                        new TimelinePoint(new DateOnly(2023, 1, 1), 150m, true, "$.drugLevels[0]"),
                        new TimelinePoint(new DateOnly(2023, 3, 1), null, null, null),
                        new TimelinePoint(new DateOnly(2023, 6, 1), 120.5m, true, "$.drugLevels[1]"),
                    ],
                },
                Citations = [WithDoi, WithUrl],
            },
            Scripted.Unknown("whole-blood hydroxychloroquine level", ClinicalCode.Loinc("95921-3", "Hydroxychloroquine [Mass/volume] in Blood"), "$.drugLevels") with { Citations = [WithDoi, Bare] },
            Scripted.NotSupported(),
        ],
        (_, v) =>
        {
            v.Add(new TherapyVerdict
            {
                Therapy = TherapyId.MycophenolateMofetil,
                Name = "Mycophenolate mofetil",
                Disease = Scripted.Disease,
                Outcome = TherapyOutcome.SecondaryLossOfResponse,
                Resistance = ResistanceAnswer.Shown,
                Statement = "Mycophenolate mofetil: responded, then lost the response, taken as prescribed.",
                Courses =
                [
                    new CourseOutcome { Course = "$.therapies[1]", Start = new DateOnly(2020, 1, 1), End = new DateOnly(2021, 1, 1), Outcome = TherapyOutcome.Response, Finding = "f3" },
                    new CourseOutcome { Course = "$.therapies[2]", Start = new DateOnly(2022, 1, 1), Outcome = TherapyOutcome.SecondaryLossOfResponse },
                ],
                Findings = ["f3"],
                ExplainedBy = [new MechanismLink { Mechanism = Scripted.Adherence, Status = FindingStatus.NotSupported, Findings = ["f3"] }],
                Options =
                [
                    new TreatmentOption
                    {
                        Rank = 1,
                        Key = "switch",
                        Title = "Rituximab",
                        Therapies = [TherapyId.Rituximab],
                        Rationale = "Depleting B cells after a failed antimetabolite.",
                        Grade = EvidenceGrade.RandomizedTrial,
                        Citations = [OptionOnly, WithDoi],
                        Flags = [TreatmentOptionTag.AddOn],
                        Courses = ["$.therapies[3]"],
                        Notes = ["A note from the profile."],
                    },
                ],
            });
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2019, 1, 1), findings: ["f1"], explainedBy: [Scripted.Link(FindingStatus.Unknown, "f2")]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "refractory renal disease (Example 2022)", ["f3"]) with
            {
                Therapies = [TherapyId.MycophenolateMofetil],
                Options = [new TreatmentOption { Rank = 1, Key = "expert", Title = "Combination therapy", Rationale = "An expert view.", Grade = EvidenceGrade.ExpertOpinion, Citations = [Bare] }],
            });
            v.Explain(new MechanismLink { Mechanism = Scripted.Adherence, Status = FindingStatus.Supported, Findings = ["f1"], Statement = "taken irregularly" });
        });

    private static ResistanceAssessment Full() => Pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf });

    [Fact]
    public void A_full_assessment_reads_back_and_rewrites_to_identical_bytes()
    {
        var assessment = Full();
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        var json = Pipeline.Json.SerializeToUtf8Bytes(assessment);

        var read = Pipeline.Json.DeserializeAssessment(json);

        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(Pipeline.Json.SerializeToUtf8Bytes(read)));
        Assert.Equal(assessment.Verdict!.Summary, read.Verdict!.Summary);
        Assert.Equal(assessment.Citations.AsEnumerable(), read.Citations.AsEnumerable());
        Assert.Equal([WithDoi, WithUrl], read.Findings[0].Citations.AsEnumerable());
        Assert.Equal([OptionOnly, WithDoi], read.Verdict.Therapies[1].Options[0].Citations.AsEnumerable());
        Assert.Equal(2, read.Findings[0].Timeline!.MetCount);
    }

    [Fact]
    public void Each_citation_is_written_once_and_referred_to_by_key()
    {
        var assessment = Full();
        var json = Pipeline.Json.Serialize(assessment);
        var root = JsonNode.Parse(json)!;

        Assert.Equal(ResistanceAssessment.CurrentSchemaVersion, (int)root["schemaVersion"]!);
        Assert.Equal(2, ResistanceAssessment.CurrentSchemaVersion);

        // In order of first use: the findings', then the options'.
        Assert.Equal([WithDoi, WithUrl, Bare, OptionOnly], assessment.Citations.AsEnumerable());
        Assert.Equal(
            ["10.1234/example.2021", "https://example.org/guideline", "Roe R (2015). An expert view", "10.1234/trial.2023"],
            assessment.Citations.Select(c => c.Key));
        Assert.Equal(4, root["citations"]!.AsArray().Count);
        Assert.Equal(4, Occurrences(json, "\"authors\""));

        Assert.Equal(["10.1234/example.2021", "https://example.org/guideline"], Keys(root["findings"]![0]!));
        Assert.Equal(["10.1234/example.2021", "Roe R (2015). An expert view"], Keys(root["findings"]![1]!));
        Assert.Empty(Keys(root["findings"]![2]!));
        Assert.Equal(["10.1234/trial.2023", "10.1234/example.2021"], Keys(root["verdict"]!["therapies"]![1]!["options"]![0]!));
        Assert.Equal(["Roe R (2015). An expert view"], Keys(root["verdict"]!["domains"]![0]!["options"]![0]!));
    }

    [Fact]
    public void The_verdict_is_written_in_the_contract_s_words()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!;
        var verdict = root["verdict"]!;

        Assert.Equal("resistance-shown", (string)verdict["answer"]!);
        Assert.Equal("cannot-tell-yet", (string)verdict["therapies"]![0]!["resistance"]!);
        Assert.Equal("secondary-loss-of-response", (string)verdict["therapies"]![1]!["outcome"]!);
        Assert.Equal("response", (string)verdict["therapies"]![1]!["courses"]![0]!["outcome"]!);
        Assert.Equal("f3", (string)verdict["therapies"]![1]!["courses"]![0]!["finding"]!);
        Assert.Equal("renal", (string)verdict["domains"]![0]!["domain"]!);
        Assert.Equal("add-on", (string)verdict["therapies"]![1]!["options"]![0]!["flags"]![0]!);
        Assert.Equal("whole-blood hydroxychloroquine level", (string)verdict["wouldSharpen"]![0]!["datum"]!);
        Assert.Equal("$.therapies[0]", (string)root["findings"]![0]!["course"]!);
        Assert.Equal("f1", (string)root["findings"]![0]!["id"]!);
        Assert.Null(root["findings"]![0]!["timeline"]!["metCount"]);
    }

    [Fact]
    public void An_unknown_citation_key_fails_naming_the_key()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!;
        root["findings"]![1]!["citations"]![1] = "10.9999/not-in-the-document";

        var error = Assert.Throws<JsonException>(() => Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(root.ToJsonString())));

        Assert.Contains("'10.9999/not-in-the-document'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_an_option_refers_to_is_resolved_like_a_finding_s()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!;
        root["verdict"]!["domains"]![0]!["options"]![0]!["citations"]![0] = "Nobody (2000). Nothing";

        var error = Assert.Throws<JsonException>(() => Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(root.ToJsonString())));

        Assert.Contains("'Nobody (2000). Nothing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_citations_list_may_stand_anywhere_in_the_document()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!.AsObject();
        var citations = root["citations"]!;
        root.Remove("citations");
        var reordered = new JsonObject { ["citations"] = citations };
        foreach (var (name, value) in root.ToList())
        {
            root.Remove(name);
            reordered[name] = value;
        }

        var read = Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(reordered.ToJsonString()));

        Assert.Equal([WithDoi, WithUrl], read.Findings[0].Citations.AsEnumerable());
    }

    [Fact]
    public void Reading_a_finding_alone_fails_and_says_how_to_read_it()
    {
        var finding = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!["findings"]![0]!.ToJsonString();

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Finding>(finding, Pipeline.Json.Options));

        Assert.Contains("citations are written by key; read the whole document with ResistanceJson", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_without_citations_reads_alone()
    {
        var finding = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!["findings"]![2]!.ToJsonString();

        var read = JsonSerializer.Deserialize<Finding>(finding, Pipeline.Json.Options)!;

        Assert.Equal("f3", read.Id);
        Assert.Empty(read.Citations);
    }

    [Fact]
    public void A_malformed_citation_in_the_document_s_list_fails_naming_the_problem_not_a_key()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full()))!;
        root["citations"]![2]!["year"] = 1066;

        var error = Assert.Throws<JsonException>(() => Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(root.ToJsonString())));

        Assert.Contains("citation list", error.Message, StringComparison.Ordinal);
        Assert.Contains("the year 1066 is outside 1900..2100", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("citation key", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.citations[2]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_citation_no_key_refers_to_still_fails()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Scripted.Evaluate([], (_, _) => { })))!;
        Assert.Empty(root["citations"]!.AsArray());
        root["citations"] = new JsonArray(new JsonObject { ["authors"] = "Nobody", ["year"] = 1066, ["title"] = "Unreferenced", ["source"] = "Nowhere" });

        var error = Assert.Throws<JsonException>(() => Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(root.ToJsonString())));

        Assert.Contains("the year 1066 is outside 1900..2100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_citation_in_a_cohort_outcome_is_located_in_its_assessment()
    {
        var outcome = Assert.Single(Pipeline.EvaluateCohort([Scripted.Patient(Scripted.Disease) with { Therapies = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Start = Scripted.AsOf }] }]));
        var root = JsonNode.Parse(Pipeline.Json.Serialize(outcome))!;
        root["assessment"]!["citations"]![0]!["doi"] = "not a doi";

        var error = Assert.Throws<JsonException>(() => Pipeline.Json.DeserializeOutcome(Encoding.UTF8.GetBytes(root.ToJsonString())));

        Assert.StartsWith("$.assessment.citations[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("invalid Citation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_document_still_fails_with_the_full_read_s_message()
    {
        var json = Pipeline.Json.Serialize(Full());

        var error = Assert.ThrowsAny<JsonException>(() => Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(json[..(json.Length / 2)])));

        Assert.DoesNotContain("citation list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cohort_outcome_with_a_verdict_reads_back_and_rewrites_to_identical_bytes()
    {
        var outcome = Assert.Single(Pipeline.EvaluateCohort([Scripted.Patient(Scripted.Disease) with { Therapies = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Start = Scripted.AsOf }] }]));
        Assert.True(outcome.IsSuccess);
        var json = Pipeline.Json.Serialize(outcome);

        var read = Pipeline.Json.DeserializeOutcome(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, Pipeline.Json.Serialize(read));
        Assert.Equal(4, read.Assessment!.Citations.Length);
        Assert.Equal(4, Occurrences(json, "\"authors\""));
    }

    [Fact]
    public void The_toy_module_s_assessment_with_an_option_round_trips()
    {
        var pipeline = Profiles.Pipeline();
        var json = pipeline.Json.SerializeToUtf8Bytes(pipeline.Evaluate(Profiles.Toy(level: 250m)));

        var read = pipeline.Json.DeserializeAssessment(json);

        Assert.Equal(json, pipeline.Json.SerializeToUtf8Bytes(read));
        Assert.Equal([ToyVerdictContributor.Trial], read.Citations.AsEnumerable());
        Assert.Equal(1, Occurrences(Encoding.UTF8.GetString(json), "\"authors\""));
    }

    [Fact]
    public void The_expanded_form_writes_each_citation_where_it_is_used()
    {
        var assessment = Full();
        var json = Pipeline.Json.Serialize(assessment, AssessmentJsonForm.Expanded);
        var root = JsonNode.Parse(json)!;

        // The document's list (4) plus each use: findings 2 + 2, the therapy option 2, the domain option 1.
        Assert.Equal(4 + 7, Occurrences(json, "\"authors\""));
        Assert.Equal(["Doe J, et al.", "Guideline Group"], Authors(root["findings"]![0]!));
        Assert.Equal(["Doe J, et al.", "Roe R"], Authors(root["findings"]![1]!));
        Assert.Empty(root["findings"]![2]!["citations"]!.AsArray());
        Assert.Equal(["Poe P, et al.", "Doe J, et al."], Authors(root["verdict"]!["therapies"]![1]!["options"]![0]!));
        Assert.Equal("10.1234/trial.2023", (string)root["verdict"]!["therapies"]![1]!["options"]![0]!["citations"]![0]!["doi"]!);
        Assert.Equal(["Roe R"], Authors(root["verdict"]!["domains"]![0]!["options"]![0]!));
    }

    [Fact]
    public void The_expanded_form_reads_back_as_the_same_assessment_and_the_compact_form_is_unchanged()
    {
        var assessment = Full();
        var compact = Pipeline.Json.Serialize(assessment);

        var read = Pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(Pipeline.Json.Serialize(assessment, AssessmentJsonForm.Expanded)));

        Assert.Equal(compact, Pipeline.Json.Serialize(read));
        Assert.Equal(compact, Pipeline.Json.Serialize(assessment, AssessmentJsonForm.Compact));
        Assert.Equal([WithDoi, WithUrl], read.Findings[0].Citations.AsEnumerable());
        Assert.Equal([OptionOnly, WithDoi], read.Verdict!.Therapies[1].Options[0].Citations.AsEnumerable());
    }

    [Fact]
    public void An_expanded_finding_reads_alone_and_an_undefined_form_is_refused()
    {
        var root = JsonNode.Parse(Pipeline.Json.Serialize(Full(), AssessmentJsonForm.Expanded))!;
        var finding = root["findings"]![0]!.ToJsonString();

        var read = JsonSerializer.Deserialize<Finding>(finding, Pipeline.Json.Options)!;

        Assert.Equal([WithDoi, WithUrl], read.Citations.AsEnumerable());
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Pipeline.Json.Serialize(Full(), (AssessmentJsonForm)2));
        Assert.Equal("form", error.ParamName);
    }

    private static string[] Authors(JsonNode owner) => [.. owner["citations"]!.AsArray().Select(c => (string)c!["authors"]!)];

    private static string[] Keys(JsonNode owner) => [.. owner["citations"]!.AsArray().Select(k => (string)k!)];

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

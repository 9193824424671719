namespace AutoimmuneResistance.SystemicSclerosis.Tests.Profile;

public sealed class SscFeaturesTests
{
    private const string Profile =
        """{"schemaVersion":1,"subject":"t-1","diagnoses":[{"disease":"ssc","onset":"2023-03-01","features":{"$kind":"ssc.features","subset":"diffuse","firstNonRaynaudManifestation":"2023-03-01"}}]}""";

    [Fact]
    public void Features_read_with_the_module_and_round_trip()
    {
        var read = Ssc.Pipeline.Json.ReadProfile(Profile);
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        var features = Assert.IsType<SscFeatures>(read.Profile!.Diagnoses[0].Features);
        Assert.Equal(CutaneousSubset.Diffuse, features.Subset);
        Assert.Equal(new DateOnly(2023, 3, 1), features.FirstNonRaynaudManifestation);
        var again = Ssc.Pipeline.Json.ReadProfile(Ssc.Pipeline.Json.Serialize(read.Profile));
        Assert.Equal(features, again.Profile!.Diagnoses[0].Features);
    }

    [Fact]
    public void Features_do_not_read_without_the_module()
    {
        var read = ResistanceJson.Core.ReadProfile(Profile);
        Assert.True(read.HasErrors);
    }
}

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sri4WorkedExampleTests
{
    private const string Folder = "sri-4";

    public static TheoryData<string> Cases => WorkedExamples.Files(Folder);

    [Fact]
    public void There_are_worked_examples()
    {
        Assert.True(Cases.Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Worked_example(string file)
    {
        using var document = WorkedExamples.Load(Folder, file);
        var root = document.RootElement;
        var computation = WorkedExamples.Compute(LupusIds.Sri4, root.GetProperty("input"));

        using var result = WorkedExamples.Check(root, computation);
        if (result is null)
        {
            return;
        }

        var responder = result.RootElement.GetProperty("responder").GetBoolean();
        Assert.Equal(responder, result.RootElement.GetProperty("failedRules").GetArrayLength() == 0);

        var input = WorkedExamples.Read<Sri4Input>(root.GetProperty("input").GetRawText());
        Assert.Equal(computation.ResultText(), WorkedExamples.Write(new Sri4Instrument().Compute(input)));
    }
}

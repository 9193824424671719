using Microsoft.Extensions.DependencyInjection;

namespace AutoimmuneResistance.SystemicSclerosis.Tests;

public sealed class ModuleTests
{
    [Fact]
    public void The_module_registers_its_eight_instruments_under_ssc()
    {
        var disease = Assert.Single(Ssc.Pipeline.Diseases);
        Assert.Equal("ssc", disease.Id.Value);
        Assert.Equal("AutoimmuneResistance.SystemicSclerosis", disease.Module);

        var ids = Ssc.Pipeline.Instruments.Select(i => i.Id.Value).Order().ToList();
        Assert.Equal(8, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("ssc.", id, StringComparison.Ordinal));
        Assert.All(Ssc.Pipeline.Instruments, i =>
        {
            Assert.NotEmpty(i.Sources);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot(), i.Documentation!)), i.Documentation);
        });
    }

    [Fact]
    public void The_module_loads_through_dependency_injection()
    {
        var services = new ServiceCollection();
        services.AddAutoimmuneResistance().AddSystemicSclerosis();
        using var provider = services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<ResistancePipeline>();

        Assert.Contains(pipeline.Instruments, i => i.Id == SystemicSclerosisIds.Criss);
    }

    internal static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AutoimmuneResistance.sln")))
        {
            root = root.Parent;
        }

        return root!.FullName;
    }
}

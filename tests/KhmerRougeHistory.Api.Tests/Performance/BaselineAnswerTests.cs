using System.Net;
using System.Net.Http.Headers;
using KhmerRougeHistory.Api.Benchmarks.Baseline;
using KhmerRougeHistory.Api.Benchmarks.Operations;
using KhmerRougeHistory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KhmerRougeHistory.Api.Tests.Performance;

/// <summary>
/// The benchmark's hand-written floor (<c>POST /baseline</c>, tests/KhmerRougeHistory.Api.Benchmarks/Baseline/) only
/// measures the cost of the GraphQL layer if it writes what the API writes: the same bytes, for the defaults and for
/// other variables, on the real data.
/// </summary>
/// <remarks>
/// The smallest clean way to reach the baseline: this project references the benchmark project (whose internals it
/// may see) and mounts the benchmark's own <see cref="BaselineHandlers"/> in front of the real application, as the
/// benchmark's server mounts it on its control port. One copy of the baseline; nothing moved out of the benchmarks.
/// The request bodies are the benchmark's own (<see cref="OperationDocuments"/>).
/// </remarks>
[Collection(CuratedDatabaseGroup.Name)]
public sealed class BaselineAnswerTests : IDisposable
{
    private readonly HistoryApiFactory _factory;

    public BaselineAnswerTests(CuratedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var baseline = new BaselineHandlers(database.FilePath);
        _factory = new HistoryApiFactory(database.FilePath).WithServices(services => services.AddSingleton<IStartupFilter>(new BaselineInFront(baseline)));
    }

    public static TheoryData<string, string> Requests() => new()
    {
        { "PersonNames", "{}" },
        { "PersonNames", $$"""{ "person": "{{GlobalId.Of("Person", "person/pol-pot")}}" }""" },
        { "PersonNames", $$"""{ "person": "{{GlobalId.Of("Person", "person/norodom-sihanouk")}}" }""" },
        { "PersonNames", $$"""{ "person": "{{GlobalId.Of("Person", "person/nobody-of-this-name")}}" }""" },
        { "Search", "{}" },
        { "Search", """{ "text": "saloth" }""" },
        { "Search", """{ "text": "khmer", "first": 50 }""" },
        { "Search", """{ "text": "s-21", "first": 3 }""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Baseline_WritesTheSameJsonAsTheApi(string operation, string variables)
    {
        var body = OperationDocuments.Body(OperationDocuments.All[operation], variables, operation);
        using var client = _factory.CreateClient();

        var api = await PostAsync(client, "/graphql", body);
        var baseline = await PostAsync(client, "/baseline", body);

        Assert.Equal(api, baseline);
    }

    public void Dispose() => _factory.Dispose();

    // Both bodies are UTF-8 JSON: equal strings are equal bytes, and a string diff shows where they part.
    private static async Task<string> PostAsync(HttpClient client, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    /// <summary>Answers <c>/baseline</c> before the application's own pipeline, which the benchmark's baseline never passes through either.</summary>
    private sealed class BaselineInFront(BaselineHandlers baseline) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/baseline", branch => branch.Run(baseline.HandleAsync));
            next(app);
        };
    }
}

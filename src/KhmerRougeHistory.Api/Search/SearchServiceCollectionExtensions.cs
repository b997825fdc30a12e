namespace KhmerRougeHistory.Api.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SubjectSearch"/>, full-text search over persons, organizations, sites and events,
    /// with its <see cref="SubjectSearchOptions"/> (section <c>Search</c>). Needs the history database
    /// (<c>AddHistoryDatabase</c>), whose importer builds the index.
    /// </summary>
    public static IServiceCollection AddSubjectSearch(this IServiceCollection services)
    {
        services.AddOptions<SubjectSearchOptions>().BindConfiguration(SubjectSearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchMatches>();
        services.AddScoped<SubjectSearch>();
        services.AddSingleton<SearchConnectionReader>();
        return services;
    }
}

# syntax=docker/dockerfile:1
# Build: docker build -t khmer-rouge-history .
# Run:   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp khmer-rouge-history
# (README, "Deployment": the image holds the API, the Banana Cake Pop IDE and the database built from src/data.)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build installs the Banana Cake Pop IDE from npm (src/KhmerRougeHistory.Api/Ide/package-lock.json).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /repo
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KhmerRougeHistory.Api/KhmerRougeHistory.Api.csproj src/KhmerRougeHistory.Api/
RUN dotnet restore src/KhmerRougeHistory.Api/KhmerRougeHistory.Api.csproj
COPY src/ src/
# The trusted documents served by id (the build copies them to /app/operations).
COPY schema/operations/ schema/operations/
RUN dotnet publish src/KhmerRougeHistory.Api -c Release -o /app --no-restore
# The database is built at image build time by the same import command operators run.
RUN dotnet /app/KhmerRougeHistory.Api.dll import --output /app/history.db --data /app/data

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Owned by root and not writable by the app's user: nothing in /app changes at run time.
COPY --from=build /app ./
# Read-only at run time: the database was built above, so the API only opens it. Nothing is written to disk, so the
# container runs with a read-only root file system (/tmp as tmpfs for .NET's own scratch files).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__History="Data Source=/app/history.db" \
    Database__BuildOnStartup=false \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
USER $APP_UID
EXPOSE 8080
# The runtime image has no curl: the API's own "probe" command asks /health/ready and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["dotnet", "KhmerRougeHistory.Api.dll", "probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "KhmerRougeHistory.Api.dll"]

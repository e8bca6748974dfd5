-- Sagsspor: one database per service (each service owns its own; Flyway in the service creates the tables).
-- Run once by the postgres:16 image (docker-compose.yml mounts this folder at /docker-entrypoint-initdb.d),
-- as POSTGRES_USER, on an empty data directory only. The databases belong to that user, the one the services log
-- in as. To start over: docker compose down -v
CREATE DATABASE ingest;    -- ingest-service   (port 8080)
CREATE DATABASE meetings;  -- meetings-service (port 8081)
CREATE DATABASE cases;     -- cases-service    (port 8082)

# syntax=docker/dockerfile:1
# Same install as `make run`: torch pinned first (CPU build), then the project.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
RUN pip install --upgrade pip \
 && pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
COPY models ./models
COPY policies ./policies
COPY training ./training
RUN pip install .

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    PYTHONUNBUFFERED=1 \
    HANDOFF_DATABASE_URL=sqlite:////data/handoff.db
RUN useradd --create-home --uid 10001 handoff && mkdir /data && chown handoff /data
COPY --from=build /opt/venv /opt/venv
USER handoff
WORKDIR /home/handoff
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["python", "-m", "service", "--host", "0.0.0.0", "--port", "8000"]

"""The batch run on a Dask cluster: the coordinator keeps every write, workers do the heavy,
pure work (machine translation of chunks, typesetting of documents). Only
`workflow.cluster.daskrun` imports dask and distributed (the optional `cluster` extra)."""

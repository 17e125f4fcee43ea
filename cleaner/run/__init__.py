"""Running the stages: the pipeline of one page, its passes, batches and the command line."""

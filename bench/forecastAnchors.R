# Anchors for the forecast benchmark on the quarterly stand-ins: R forecast's automatic ETS, automatic ARIMA,
# thetaf, and the median of the three (SCUM's design, Petropoulos & Svetunkov 2020, with thetaf in place of DOTM
# and without CES, which R forecast does not have). The stand-ins are built exactly as bench/quarterlyStandIns.ts
# builds them: drop the first (length mod 3) months, then sum each three months of train and of test.
#   nice -n 19 Rscript bench/forecastAnchors.R ../shared/data/forecast/m3_monthly_dev.jsonl
# prints one line per method: sMAPE and MASE (lag 4) as the bench computes them.
suppressMessages({ library(forecast); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
quarters <- function(x) { k <- floor(length(x) / 3); colSums(matrix(x[seq_len(3 * k)], nrow = 3)) }
smape <- function(a, f) mean(200 * abs(a - f) / (abs(a) + abs(f)))
mase <- function(a, f, y, m) { lag <- if (m > 1 && length(y) > m) m else 1; mean(abs(a - f)) / mean(abs(diff(y, lag))) }
sums <- list()
add <- function(name, a, f, y) {
  s <- sums[[name]]; if (is.null(s)) s <- c(0, 0)
  sums[[name]] <<- s + c(smape(a, f), mase(a, f, y, 4))
}
for (line in lines[nzchar(lines)]) {
  s <- fromJSON(line)
  train <- s$train[(length(s$train) %% 3 + 1):length(s$train)]
  y <- ts(quarters(train), frequency = 4)
  a <- quarters(s$test)
  h <- length(a)
  fe <- forecast(ets(y), h = h)$mean
  fa <- forecast(auto.arima(y), h = h)$mean
  ft <- thetaf(y, h = h)$mean
  add("R ets", a, fe, y); add("R auto.arima", a, fa, y); add("R thetaf", a, ft, y)
  add("R median(ets, auto.arima, thetaf)", a, apply(cbind(fe, fa, ft), 1, median), y)
}
n <- length(lines[nzchar(lines)])
for (name in names(sums)) cat(sprintf("%s\t%.3f\t%.4f\n", name, sums[[name]][1] / n, sums[[name]][2] / n))

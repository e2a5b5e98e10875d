//go:build linux

package corpus

import (
	"errors"
	"sync"
	"syscall"
)

// scratchPool holds the buffers a file of unknown size is first read into.
var scratchPool = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// readPath reads a whole file from disk, never more than limit bytes (see
// readLimited). On Linux it talks to the kernel directly: os.Open registers
// every file with the poller and sets its blocking mode (an epoll_ctl and a
// fcntl per file, a third of the system time of loading 21,000 small
// files), and a file of unknown size (listed from its directory entry) is
// read into a pooled buffer and copied out at its exact size; only a file
// bigger than that buffer costs a stat.
func readPath(p string, size, limit int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		return nil, unreadable(err)
	}
	defer syscall.Close(fd)
	if size >= 0 {
		return readFD(fd, make([]byte, 0, size+1), limit)
	}
	sp := scratchPool.Get().(*[]byte)
	defer scratchPool.Put(sp)
	scratch := *sp
	n := 0
	for n < len(scratch) {
		k, err := syscall.Read(fd, scratch[n:])
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return nil, unreadable(err)
		}
		if k == 0 {
			if int64(n) > limit {
				return nil, tooLarge(int64(n), limit)
			}
			return append(make([]byte, 0, n+1), scratch[:n]...), nil
		}
		n += k
	}
	// bigger than the scratch buffer: ask its size, refuse it whole when it
	// is over the limit, else go on in a buffer of its own
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil && st.Size > int64(n) {
		if st.Size > limit {
			return nil, tooLarge(st.Size, limit)
		}
		size = st.Size
	}
	if int64(n) > limit {
		return nil, tooLarge(int64(n), limit)
	}
	return readFD(fd, append(make([]byte, 0, max(int64(2*n), size+1)), scratch[:n]...), limit)
}

// readFD appends the rest of fd to buf, growing it as needed, and fails
// when the file turns out bigger than limit.
func readFD(fd int, buf []byte, limit int64) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		k, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil {
			return nil, unreadable(err)
		}
		if k == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+k]
		if int64(len(buf)) > limit {
			return nil, tooLarge(int64(len(buf)), limit)
		}
	}
}

package dk.sagsspor.web.service;

/** A service the page needs did not answer, or answered something this module cannot read. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
